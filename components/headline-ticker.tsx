import { getLocale, getTranslations } from 'next-intl/server';
import { getReports, shownText } from '@/lib/content/queries';
import { langAttrs } from '@/lib/locales';
import { reportPath } from '@/lib/site/paths';
import { PageLink } from './page-link';

/**
 * The latest headlines, scrolling (styles in globals.css). Pure CSS: no script, so it costs nothing on a phone.
 * The second copy that makes the loop seamless is inert: screen readers and the Tab key meet each link once.
 * Focus inside it, or the stop checkbox, turns it into a still list the reader can scroll.
 */
export async function HeadlineTicker({ count = 8 }: { count?: number }) {
  const locale = await getLocale();
  const t = await getTranslations('Ticker');
  const reports = getReports().slice(0, count);
  const items = (copy: boolean) => (
    <ul className={`flex shrink-0 items-center ${copy ? 'ticker-copy' : ''}`} {...(copy ? { inert: true, 'aria-hidden': true } : {})}>
      {reports.map((report) => {
        const headline = shownText(report.headline, locale, report.originalLanguage)!;
        return (
          <li key={report.slug} className="flex items-center whitespace-nowrap">
            <PageLink
              href={reportPath(report.slug)}
              {...langAttrs(headline.lang, locale)}
              className="inline-flex min-h-11 items-center px-4 text-sm leading-ui text-ink no-underline hover:underline"
            >
              {headline.text}
            </PageLink>
            <span aria-hidden="true" className="text-brand">
              ●
            </span>
          </li>
        );
      })}
    </ul>
  );
  return (
    <section aria-labelledby="jisr-ticker" className="ticker mb-6 flex items-stretch overflow-hidden rounded border border-line font-ui" data-testid="ticker">
      <h2 id="jisr-ticker" className="flex shrink-0 items-center bg-ink px-3 text-sm font-bold text-paper">
        {t('label')}
      </h2>
      <div className="ticker-viewport min-w-0 flex-1 overflow-hidden">
        <div className="ticker-track flex w-max" style={{ '--ticker-duration': `${reports.length * 7}s` } as React.CSSProperties}>
          {items(false)}
          {items(true)}
        </div>
      </div>
      {/* A checkbox, so that stopping works by touch and without JavaScript (WCAG 2.2.2). */}
      <input type="checkbox" id="jisr-ticker-pause" className="ticker-pause peer sr-only" />
      <label
        htmlFor="jisr-ticker-pause"
        className="ticker-pause-label flex min-h-11 min-w-11 shrink-0 cursor-pointer items-center justify-center border-s border-line text-ink peer-checked:bg-surface peer-focus-visible:outline-2 peer-focus-visible:-outline-offset-2 peer-focus-visible:outline-brand"
      >
        <span aria-hidden="true" className="text-[1.125rem] leading-none">
          ⏸
        </span>
        <span className="sr-only">{t('pause')}</span>
      </label>
    </section>
  );
}
