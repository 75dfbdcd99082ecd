import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { PopularList } from '@/components/popular-list';
import { localePath } from '@/i18n/routing';
import { pageMetadata } from '@/lib/site/metadata';
import { otherLocale } from '@/lib/locales';

// Rendered per request: it reflects the reading figures as they are now.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Popular');
  return pageMetadata({ path: '/popular', title: t('title'), description: t('intro') });
}

export default async function PopularPage() {
  const locale = await getLocale();
  const t = await getTranslations('Popular');
  return (
    <PageShell alternateHref={localePath({ href: '/popular', locale: otherLocale(locale) })}>
      <header className="mb-8 border-b border-line pb-4">
        <h1 className="text-h1 font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-prose font-ui text-sm text-muted">{t('intro')}</p>
      </header>
      <div className="max-w-[42rem]">
        <PopularList limit={10} level={2} showViews />
      </div>
    </PageShell>
  );
}
