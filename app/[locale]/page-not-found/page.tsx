import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/components/not-found-content';

// The localized 404 page as static HTML: the proxy serves it, with a 404 status, for every address it knows to be
// missing, so the reader gets the full page even without JavaScript.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotFound');
  return { title: t('title'), robots: { index: false } };
}

export default function PageNotFound() {
  return <NotFoundContent />;
}
