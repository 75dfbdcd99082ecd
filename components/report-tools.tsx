import { getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';
import type { Locale } from '@/lib/locales';
import { reportPath } from '@/lib/site/paths';
import { views } from '@/lib/site/views';

/**
 * Listen and save for offline, under a report's byline. Server-rendered buttons that the head script runs
 * (lib/reading/listen-script.ts, lib/offline/script.ts): listen appears only when the device has a voice for the page's
 * language, saving only where a service worker can keep the report.
 */
export async function ReportTools({ slug, title, locale }: { slug: string; title: string; locale: Locale }) {
  const t = await getTranslations('Offline');
  const tListen = await getTranslations('Listen');
  const button =
    'inline-flex min-h-11 items-center gap-2 rounded-full border border-line px-4 text-sm text-ink hover:border-ink';
  return (
    <div className="needs-js flex flex-wrap items-center gap-2 font-ui">
      <button type="button" data-listen data-lang={locale} data-state="idle" hidden suppressHydrationWarning className={`group ${button} data-[state=reading]:border-ink data-[state=reading]:bg-ink data-[state=reading]:text-paper`}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M4 9v6h4l5 4V5L8 9H4zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" />
        </svg>
        <span className="group-data-[state=reading]:hidden">{tListen('listen')}</span>
        <span className="hidden group-data-[state=reading]:inline">{tListen('stop')}</span>
      </button>
      <button
        type="button"
        data-save-offline
        data-locale={locale}
        data-slug={slug}
        data-title={title}
        data-urls={JSON.stringify(views.map((view) => localePath({ href: reportPath(slug, view), locale })))}
        data-saving={t('saving')}
        data-saved-note={t('savedNote')}
        data-removed={t('removed')}
        data-failed={t('saveFailed')}
        data-storage-failed={t('storageFailed')}
        data-state="idle"
        suppressHydrationWarning
        className={`group offline-only ${button} data-[state=saved]:border-ink data-[state=saved]:bg-ink data-[state=saved]:text-paper`}
      >
        {/* The label says the state: "Save for offline", or once saved "Saved for offline" (a tap then removes it). */}
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
          <path d="M6 3h12v18l-6-4-6 4V3z" className="group-data-[state=saved]:fill-current" />
        </svg>
        <span className="group-data-[state=saved]:hidden">{t('save')}</span>
        <span className="hidden group-data-[state=saved]:inline">{t('savedState')}</span>
      </button>
      <p role="status" data-save-status className="text-sm text-muted" />
    </div>
  );
}
