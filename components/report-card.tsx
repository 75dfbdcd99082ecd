import { getLocale, getTranslations } from 'next-intl/server';
import { getSection, kindLabelled, shownText, type Report } from '@/lib/content/queries';
import { langAttrs } from '@/lib/locales';
import { reportPath } from '@/lib/site/paths';
import { PendingBadge } from './pending-badge';
import { PageLink } from './page-link';
import { DateTime } from './date-time';

type Props = {
  report: Report;
  /** Heading level of the headline within the page outline. */
  level: 2 | 3 | 4;
  size?: 'lead' | 'normal' | 'compact';
  /** Off on a section's own page, where every item is in that section. */
  showSection?: boolean;
};

/** A report in a list: section, kind, time, headline, standfirst, and a badge while its translation is pending. */
export async function ReportCard({ report, level, size = 'normal', showSection = true }: Props) {
  const locale = await getLocale();
  const t = await getTranslations('Report');
  const headline = shownText(report.headline, locale, report.originalLanguage)!;
  const standfirst = shownText(report.standfirst, locale, report.originalLanguage);
  const Heading = (['h2', 'h3', 'h4'] as const)[level - 2]!;
  const section = getSection(report.section);
  return (
    <article className="space-y-1.5">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-ui text-sm leading-ui text-muted">
        {showSection && section && <span className="font-semibold text-brand">{section.name[locale]}</span>}
        {/* Opinion, explainers and briefs say what they are, so they are not mistaken for news reports. */}
        {kindLabelled(report) && <span className="font-semibold text-ink">{t(`kind.${report.kind}`)}</span>}
        <DateTime date={report.publishedAt} style="short" locale={locale} />
        {report.pending[locale] && <PendingBadge />}
      </p>
      <Heading
        {...langAttrs(headline.lang, locale)}
        className={size === 'lead' ? 'text-h1 font-bold' : size === 'compact' ? 'text-lg leading-snug font-semibold' : 'text-h3 font-semibold'}
      >
        <PageLink href={reportPath(report.slug)} className="tap-target text-ink no-underline hover:underline">
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
