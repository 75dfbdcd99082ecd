import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { PageLink } from '@/components/page-link';
import { KeptReports, SavedReports } from '@/components/saved-reports';
import { localePath } from '@/i18n/routing';
import { otherLocale } from '@/lib/locales';
import { pageMetadata } from '@/lib/site/metadata';

// What the service worker shows, in the address's language, for a page it has not kept when there is no network.
// Stored with the worker at install (app/serwist/[path]/route.ts); it lists what can still be read.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Offline');
  return pageMetadata({ path: '/offline', title: t('title'), index: false });
}

export default async function OfflinePage() {
  const t = await getTranslations('Offline');
  const other = otherLocale(await getLocale());
  return (
    <PageShell alternateHref={localePath({ href: '/offline', locale: other })} offlineNotice={false}>
      <div className="max-w-[42rem] space-y-6 py-6">
        <header className="space-y-3">
          <h1 className="text-h1 font-bold">{t('title')}</h1>
          <p className="text-body">{t('body')}</p>
        </header>
        <section aria-labelledby="jisr-saved" className="space-y-3">
          <h2 id="jisr-saved" className="text-h3 font-semibold">
            {t('savedHeading')}
          </h2>
          <SavedReports />
        </section>
        <KeptReports />
        <p className="font-ui">
          <PageLink href="/" className="inline-flex min-h-11 items-center">
            {t('home')}
          </PageLink>
        </p>
      </div>
    </PageShell>
  );
}
