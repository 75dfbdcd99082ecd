import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/query-provider';

// Live search runs in the browser on this page only: it alone carries TanStack Query and the search messages.
export default async function SearchLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ Search: messages.Search }}>
      <QueryProvider>{children}</QueryProvider>
    </NextIntlClientProvider>
  );
}
