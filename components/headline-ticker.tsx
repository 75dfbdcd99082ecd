import { getLocale, getTranslations } from 'next-intl/server';
import { getReports, shownText } from '@/lib/content/queries';
import { langAttrs } from '@/lib/locales';
import { reportHref } from '@/lib/views';
import { PageLink } from './page-link';

/**
 * The latest headlines, scrolling (styles in globals.css). Pure CSS: no script, so it costs nothing on a phone.
 * The second copy that makes the loop seamless is inert: screen readers and the Tab key meet each link once.
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
              href={reportHref(report.slug)}
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
    </section>
  );
}
