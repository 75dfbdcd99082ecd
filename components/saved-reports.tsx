import { getTranslations } from 'next-intl/server';

/**
 * The reports saved on this device. Only the browser knows them, so the head script fills the list from the
 * service worker's store (lib/offline/script.ts), on the saved page and on the offline page alike, with or without a
 * network. React leaves the list's contents alone (dangerouslySetInnerHTML of nothing: nothing to hydrate there);
 * items are copies of the hidden prototype, their text set as text.
 */
export async function SavedReports() {
  const t = await getTranslations('Offline');
  return (
    <div data-saved-list tabIndex={-1} className="group font-ui outline-none">
      <noscript>
        <p className="text-muted">{t('needsScript')}</p>
      </noscript>
      <p className="offline-unsupported hidden text-muted">{t('unsupported')}</p>
      <ol data-saved-items className="divide-y divide-line border-b border-line empty:hidden" dangerouslySetInnerHTML={{ __html: '' }} />
      <p className="hidden text-muted group-data-[count='0']:block">{t('savedEmpty')}</p>
      <ol hidden>
        <li data-saved-prototype className="flex items-center justify-between gap-3 py-3">
          <div className="min-w-0 space-y-1">
            <a className="tap-target text-lg leading-snug font-semibold text-ink no-underline hover:underline" />
            <p className="text-sm text-muted">
              {t('savedOn')} <time suppressHydrationWarning />
            </p>
          </div>
          <button type="button" className="inline-flex min-h-11 shrink-0 items-center rounded-full border border-line px-4 text-sm hover:border-ink">
            {t('remove')}
          </button>
        </li>
      </ol>
    </div>
  );
}

/**
 * Reports kept automatically from the reader's own reading (not saved), which also open offline. Filled by the head
 * script from the service worker's cache; the section stays hidden while it is empty.
 */
export async function KeptReports() {
  const t = await getTranslations('Offline');
  return (
    <section data-kept-list data-count="0" className="group space-y-3 font-ui data-[count='0']:hidden">
      <h2 className="text-h3 font-semibold">{t('keptHeading')}</h2>
      <ol data-kept-items className="divide-y divide-line border-b border-line" dangerouslySetInnerHTML={{ __html: '' }} />
      <ol hidden>
        <li data-kept-prototype className="py-3">
          <a className="tap-target text-lg leading-snug font-semibold text-ink no-underline hover:underline" />
        </li>
      </ol>
    </section>
  );
}
