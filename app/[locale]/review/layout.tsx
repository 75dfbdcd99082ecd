import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/query-provider';

// The review pages load and change data in the browser: they, and only they, carry the TanStack Query provider and
// the review messages (no other namespace goes to the browser).
export default async function ReviewLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ Review: messages.Review }}>
      <QueryProvider>{children}</QueryProvider>
    </NextIntlClientProvider>
  );
}
