import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { ReportCard } from '@/components/report-card';
import { localePath } from '@/i18n/routing';
import { getLeadReport, getReports, getReportsInSection, getSections, getStoryReports } from '@/lib/content/queries';
import { isoDay } from '@/lib/format';
import { Count, DateTime } from '@/components/date-time';
import { otherLocale } from '@/lib/locales';
import { sectionPath } from '@/lib/site/paths';
import { PageLink } from '@/components/page-link';
import { CartoonBlock } from '@/components/cartoon-block';
import { HeadlineTicker } from '@/components/headline-ticker';
import { PopularList } from '@/components/popular-list';
import { pageMetadata } from '@/lib/site/metadata';

// The date line and the most-read list change: the prerendered page is regenerated in the background every ten
// minutes (the /popular page itself is always current).
export const revalidate = 600;

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({ path: '/' });
}

export default async function FrontPage() {
  const locale = await getLocale();
  const t = await getTranslations('Front');
  const tSite = await getTranslations('Site');
  const tSection = await getTranslations('Section');
  const tPopular = await getTranslations('Popular');
  const lead = getLeadReport();
  const related = lead ? getStoryReports(lead).filter((r) => r.slug !== lead.slug).slice(0, 3) : [];
  const onShow = new Set([lead?.slug, ...related.map((r) => r.slug)]);
  const latest = getReports().filter((r) => !onShow.has(r.slug)).slice(0, 6);
  const now = new Date();

  return (
    <PageShell alternateHref={localePath({ href: '/', locale: otherLocale(locale) })}>
      <h1 className="sr-only">
        {tSite('name')}: {tSite('tagline')}
      </h1>
      <p className="mb-6 border-b border-line pb-3 font-ui text-sm leading-ui text-muted">
        <span className="sr-only">{t('dateline')}: </span>
        <span data-testid="dateline">
          <DateTime date={now} dateTime={isoDay(now)} style="dateline" locale={locale} hijri />
        </span>
      </p>
      <HeadlineTicker />

      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        {lead && (
          <section aria-labelledby="jisr-lead">
            <h2 id="jisr-lead" className="sr-only">
              {t('lead')}
            </h2>
            <ReportCard report={lead} level={3} size="lead" />
            {related.length > 0 && (
              <section aria-labelledby="jisr-related" className="mt-6 border-t border-line pt-4">
                <h3 id="jisr-related" className="mb-3 font-ui text-sm font-bold tracking-label text-muted uppercase">
                  {t('related')}
                </h3>
                <ul className="grid gap-5 sm:grid-cols-2">
                  {related.map((report) => (
                    <li key={report.slug}>
                      <ReportCard report={report} level={4} size="compact" />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </section>
        )}
        <section aria-labelledby="jisr-latest" className="lg:border-s lg:border-line lg:ps-8">
          <h2 id="jisr-latest" className="mb-4 font-ui text-sm font-bold tracking-label text-muted uppercase">
            {t('latest')}
          </h2>
          <ul className="space-y-5">
            {latest.map((report) => (
              <li key={report.slug}>
                <ReportCard report={report} level={3} size="compact" />
              </li>
            ))}
          </ul>
        </section>
      </div>

      {/* A second row of the same proportions, so that neither column runs on alone. */}
      <div className="mt-12 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <CartoonBlock />
        <section aria-labelledby="jisr-popular" className="border-t-4 border-ink pt-2">
          <h2 id="jisr-popular" className="mb-4 font-ui text-sm font-bold tracking-label uppercase">
            {t('popular')}
          </h2>
          <PopularList limit={5} level={3} />
          <p className="mt-4 font-ui text-sm">
            <PageLink href="/popular" className="inline-flex min-h-11 items-center">
              {tPopular('all')}
            </PageLink>
          </p>
        </section>
      </div>

      <section aria-labelledby="jisr-sections" className="mt-12">
        <h2 id="jisr-sections" className="mb-6 border-t-4 border-ink pt-2 font-ui text-sm font-bold tracking-label uppercase">
          {t('bySection')}
        </h2>
        <div className="grid gap-x-8 gap-y-10 md:grid-cols-2 lg:grid-cols-3">
          {getSections().map((section) => {
            const reports = getReportsInSection(section.id);
            const headingId = `jisr-section-${section.id}`;
            return (
              <section key={section.id} aria-labelledby={headingId} className="space-y-4">
                <h3 id={headingId} className="flex items-baseline justify-between gap-3 border-b border-line pb-1">
                  <PageLink href={sectionPath(section.id)} className="inline-flex min-h-11 min-w-11 items-center text-h3 font-bold text-ink no-underline hover:underline">
                    {section.name[locale]}
                  </PageLink>
                  <Count className="font-ui text-sm font-normal text-muted">{tSection('count', { count: reports.length })}</Count>
                </h3>
                <ul className="space-y-4">
                  {reports.slice(0, 3).map((report) => (
                    <li key={report.slug}>
                      <ReportCard report={report} level={3} size="compact" />
                    </li>
                  ))}
                </ul>
                {reports.length > 3 && (
                  <p className="font-ui text-sm">
                    <PageLink href={sectionPath(section.id)} className="inline-flex min-h-11 items-center">
                      {t('moreIn', { section: section.name[locale] })}
                    </PageLink>
                  </p>
                )}
              </section>
            );
          })}
        </div>
      </section>
    </PageShell>
  );
}
