import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { KeptReports, SavedReports } from '@/components/saved-reports';
import { localePath } from '@/i18n/routing';
import { otherLocale } from '@/lib/locales';
import { offlineLimits } from '@/lib/offline/offline';
import { pageMetadata } from '@/lib/site/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Offline');
  return pageMetadata({ path: '/saved', title: t('savedTitle'), index: false });
}

/** The reports saved on this device; the list itself is the browser's (components/saved-reports.tsx). */
export default async function SavedPage() {
  const t = await getTranslations('Offline');
  const other = otherLocale(await getLocale());
  return (
    <PageShell alternateHref={localePath({ href: '/saved', locale: other })}>
      <header className="mb-6 max-w-[42rem] space-y-2 border-b border-line pb-4">
        <h1 className="text-h1 font-bold">{t('savedTitle')}</h1>
        <p className="font-ui text-sm text-muted" data-num suppressHydrationWarning>
          {t('savedIntro', { limit: offlineLimits.saved })}
        </p>
      </header>
      <div className="max-w-[42rem] space-y-10">
        <SavedReports />
        <KeptReports />
      </div>
    </PageShell>
  );
}
