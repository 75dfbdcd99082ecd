import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';
import type { Report } from '@/lib/content/queries';
import { langAttrs, otherLocale, type Locale } from '@/lib/locales';
import { pageCount, pageOf } from '@/lib/site/pagination';
import { pagePath } from '@/lib/site/paths';
import { PageShell } from './page-shell';
import { Pagination } from './pagination';
import { ReportCard } from './report-card';
import { Count } from './date-time';

type Props = {
  title: string;
  titleLang: Locale;
  /** The list's address without locale or page, e.g. /sections/syria. */
  base: string;
  reports: Report[];
  page: number;
  currentSection?: string;
};

/** A section's or a tag's reports, newest first, one page of them, with a plural-aware count. */
export async function ReportListPage({ title, titleLang, base, reports, page, currentSection }: Props) {
  const locale = await getLocale();
  const t = await getTranslations('Section');
  const tPages = await getTranslations('Pagination');
  const pages = pageCount(reports.length);
  return (
    <PageShell alternateHref={localePath({ href: pagePath(base, page), locale: otherLocale(locale) })} currentSection={currentSection}>
      <header className="mb-8 border-b border-line pb-4">
        <h1 {...langAttrs(titleLang, locale)} className="text-h1 font-bold">
          {title}
        </h1>
        <p className="mt-1 font-ui text-sm text-muted">
          <Count data-testid="report-count">{t('count', { count: reports.length })}</Count>
          {pages > 1 && <Count>{` · ${tPages('position', { page, pages })}`}</Count>}
        </p>
      </header>
      {reports.length === 0 ? (
        <p className="text-body">{t('empty')}</p>
      ) : (
        <ol className="max-w-[42rem] space-y-8">
          {pageOf(reports, page).map((report) => (
            <li key={report.slug}>
              <ReportCard report={report} level={2} showSection={!currentSection} />
            </li>
          ))}
        </ol>
      )}
      <Pagination base={base} page={page} pages={pages} />
    </PageShell>
  );
}
