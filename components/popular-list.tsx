import { getLocale, getTranslations } from 'next-intl/server';
import { getReport, getReports, shownText, type Report } from '@/lib/content/queries';
import { getDb } from '@/lib/db/client';
import { formatNumber } from '@/lib/format';
import { langAttrs } from '@/lib/locales';
import { mostRead } from '@/lib/reading/popular';
import { reportPath } from '@/lib/site/paths';
import { PageLink } from './page-link';
import { Count } from './date-time';

type Ranked = { report: Report; views?: number };

/** The most read reports of the last seven days; the latest ones while nothing has been read yet. */
export async function popularReports(limit: number): Promise<{ items: Ranked[]; fallback: boolean }> {
  // More rows than needed: a report removed from the content since it was read is skipped.
  const rows = await mostRead(await getDb(), limit * 2);
  const items = rows.flatMap(({ report, views }) => {
    const found = getReport(report);
    return found ? [{ report: found, views }] : [];
  });
  if (items.length > 0) return { items: items.slice(0, limit), fallback: false };
  return { items: getReports().slice(0, limit).map((report) => ({ report })), fallback: true };
}

/** A ranked list with an excerpt per report: the standfirst, or the opening paragraph. */
export async function PopularList({ limit, level, showViews = false }: { limit: number; level: 2 | 3; showViews?: boolean }) {
  const locale = await getLocale();
  const t = await getTranslations('Popular');
  const { items, fallback } = await popularReports(limit);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div data-testid="popular" data-fallback={fallback}>
      {fallback && <p className="mb-3 font-ui text-sm text-muted">{t('fallback')}</p>}
      <ol className="space-y-5">
        {items.map(({ report, views }, i) => {
          const headline = shownText(report.headline, locale, report.originalLanguage)!;
          const first = report.blocks.find((b) => b.type === 'paragraph');
          const excerpt = shownText(report.standfirst, locale, report.originalLanguage) ?? shownText(first, locale, report.originalLanguage);
          return (
            <li key={report.slug} data-report={report.slug} data-views={views} className="grid grid-cols-[2.25rem_1fr] gap-x-2">
              <Count aria-hidden="true" className="font-ui text-3xl leading-none font-bold text-brand">{formatNumber(i + 1, locale)}</Count>
              <div className="space-y-1">
                <Heading {...langAttrs(headline.lang, locale)} className="text-lg leading-snug font-semibold">
                  <PageLink href={reportPath(report.slug)} className="tap-target text-ink no-underline hover:underline">
                    {headline.text}
                  </PageLink>
                </Heading>
                {excerpt && (
                  <p {...langAttrs(excerpt.lang, locale)} className="line-clamp-2 text-base leading-(--lh-body) text-muted">
                    {excerpt.text}
                  </p>
                )}
                {showViews && views !== undefined && <p className="font-ui text-sm text-muted">
                    <Count>{t('readers', { count: views })}</Count>
                  </p>}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
