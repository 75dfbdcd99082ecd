import { getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';
import type { Locale } from '@/lib/locales';
import { reportHref, views } from '@/lib/views';

/**
 * Listen and save for offline, under a report's byline. Server-rendered buttons that the head script runs
 * (lib/listen-script.ts, lib/offline-script.ts): listen appears only when the device has a voice for the page's
 * language, saving only where a service worker can keep the report.
 */
export async function ReportTools({ slug, title, locale }: { slug: string; title: string; locale: Locale }) {
  const t = await getTranslations('Offline');
  const tListen = await getTranslations('Listen');
  const button =
    'inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 text-sm text-ink hover:border-ink aria-pressed:border-ink aria-pressed:bg-ink aria-pressed:text-paper';
  return (
    <div className="needs-js flex flex-wrap items-center gap-2 font-ui">
      <button type="button" data-listen data-lang={locale} aria-pressed="false" hidden suppressHydrationWarning className={button}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M4 9v6h4l5 4V5L8 9H4zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" />
        </svg>
        {tListen('listen')}
      </button>
      <button
        type="button"
        data-save-offline
        data-locale={locale}
        data-slug={slug}
        data-title={title}
        data-urls={JSON.stringify(views.map((view) => localePath({ href: reportHref(slug, view), locale })))}
        data-saving={t('saving')}
        data-saved={t('savedState')}
        data-failed={t('saveFailed')}
        data-storage-failed={t('storageFailed')}
        aria-pressed="false"
        suppressHydrationWarning
        className={`offline-only ${button}`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
          <path d="M6 3h12v18l-6-4-6 4V3z" />
        </svg>
        {t('save')}
      </button>
      <p role="status" data-save-status className="text-sm text-muted" />
    </div>
  );
}
