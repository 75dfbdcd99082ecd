import { getLocale } from 'next-intl/server';
import { getSection, shownText, type Report } from '@/lib/content/queries';
import { formatDate } from '@/lib/format';
import { langAttrs } from '@/lib/locales';
import { reportHref } from '@/lib/views';
import { PendingBadge } from './pending-badge';
import { PageLink } from './page-link';

type Props = {
  report: Report;
  /** Heading level of the headline within the page outline. */
  level: 2 | 3 | 4;
  size?: 'lead' | 'normal' | 'compact';
};

/** A report in a list: section, time, headline, standfirst, and a badge while its translation is pending. */
export async function ReportCard({ report, level, size = 'normal' }: Props) {
  const locale = await getLocale();
  const headline = shownText(report.headline, locale, report.originalLanguage)!;
  const standfirst = shownText(report.standfirst, locale, report.originalLanguage);
  const Heading = (['h2', 'h3', 'h4'] as const)[level - 2]!;
  const section = getSection(report.section);
  return (
    <article className="space-y-1.5">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-ui text-sm leading-ui text-muted">
        {section && <span className="font-semibold text-brand">{section.name[locale]}</span>}
        <time dateTime={report.publishedAt}>{formatDate(new Date(report.publishedAt), 'short', locale)}</time>
        {report.pending[locale] && <PendingBadge />}
      </p>
      <Heading
        {...langAttrs(headline.lang, locale)}
        className={size === 'lead' ? 'text-h1 font-bold' : size === 'compact' ? 'text-lg leading-snug font-semibold' : 'text-h3 font-semibold'}
      >
        <PageLink href={reportHref(report.slug)} className="text-ink no-underline hover:underline">
          {headline.text}
        </PageLink>
      </Heading>
      {standfirst && (
        <p
          {...langAttrs(standfirst.lang, locale)}
          className={size === 'lead' ? 'text-lead text-muted' : size === 'compact' ? 'line-clamp-3 text-base leading-(--lh-body) text-muted' : 'text-body text-muted'}
        >
          {standfirst.text}
        </p>
      )}
    </article>
  );
}
