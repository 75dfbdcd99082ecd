import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';
import { getReport, getSection, getStoryReports, kindLabelled, shownText, tagName, type Report } from '@/lib/content/queries';
import { langAttrs, otherLocale, type Locale } from '@/lib/locales';
import { readingMinutes } from '@/lib/reading/reading-time';
import { jsonLdScript, newsArticle } from '@/lib/site/news-article';
import { pageMetadata } from '@/lib/site/metadata';
import { translationStatus } from '@/lib/review/service';
import { reportPath, sectionPath, tagPath } from '@/lib/site/paths';
import type { View } from '@/lib/site/views';
import { PageShell } from './page-shell';
import { PairedBody, SingleBody } from './report-blocks';
import { ReportFigure } from './report-figure';
import { ViewSwitch } from './view-switch';
import { ReportTools } from './report-tools';
import { PageLink } from './page-link';
import { Count, DateTime } from './date-time';

export async function reportMetadata(slug: string, view: View): Promise<Metadata> {
  const locale = await getLocale();
  const report = getReport(slug);
  if (!report) return {};
  const headline = shownText(report.headline, locale, report.originalLanguage)!;
  const standfirst = shownText(report.standfirst, locale, report.originalLanguage);
  // The paired views are the same report laid out differently: all three name the single view as canonical, and
  // each links to itself in the other language.
  return pageMetadata({
    path: reportPath(slug),
    alternatesPath: reportPath(slug, view),
    title: headline.text,
    description: standfirst?.text,
    article: {
      publishedTime: report.publishedAt,
      modifiedTime: report.updatedAt,
      section: getSection(report.section)?.name[locale],
      tags: report.tags?.map((tag) => tagName(tag, locale).text),
    },
  });
}

async function siteName(): Promise<string> {
  return (await getTranslations('Site'))('name');
}

/** A report in one of the three views. Rendered on the server; the only script is the place keeper. */
export async function ReportPage({ slug, view }: { slug: string; view: View }) {
  const locale = await getLocale();
  const report = getReport(slug);
  if (!report) notFound();
  const t = await getTranslations('Report');
  const paired = view !== 'single';
  const other = otherLocale(locale);
  const section = getSection(report.section);

  return (
    <PageShell alternateHref={localePath({ href: reportPath(slug, view), locale: other })} currentSection={report.section}>
      <article className={`report ${paired ? '' : 'max-w-[42rem]'}`}>
        <header className="mb-6 space-y-4">
          <p className="flex flex-wrap items-center gap-x-3 font-ui text-sm leading-ui">
            {section && (
              <PageLink href={sectionPath(section.id)} className="-my-1.5 inline-flex min-h-11 min-w-11 items-center font-semibold text-brand">
                {section.name[locale]}
              </PageLink>
            )}
            {(report.kind === 'report' || kindLabelled(report)) && <span className="text-muted">{t(`kind.${report.kind}`)}</span>}
          </p>
          <Headline report={report} locale={locale} paired={paired} />
          <ReportMeta report={report} locale={locale} />
          <ReportTools slug={slug} locale={locale} title={shownText(report.headline, locale, report.originalLanguage)!.text} />
          {(paired || locale !== report.originalLanguage) && <TranslationStatusNote report={report} />}
          {report.pending[locale] && (
            <p role="note" className="max-w-[42rem] rounded bg-pending px-3 py-2 font-ui text-sm leading-ui text-pending-ink">
              {t('pendingNotice', { language: report.originalLanguage })}
            </p>
          )}
        </header>
        <ViewSwitch slug={slug} view={view} locale={locale} />
        <ReportFigure report={report} locale={locale} paired={paired} />
        {paired ? <PairedBody report={report} locale={locale} view={view} /> : <SingleBody report={report} locale={locale} />}
        <ReportFooter report={report} locale={locale} />
        {/* Structured data on the canonical (single) view only. Escaped JSON, never markup: see jsonLdScript. */}
        {!paired && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(newsArticle(report, locale, await siteName())) }} />}
      </article>
    </PageShell>
  );
}

/** Marks text in the page's language for the listen button (lib/reading/listen-script.ts). */
function speakable(lang: Locale, locale: Locale): '' | undefined {
  return lang === locale ? '' : undefined;
}

/** Headline and standfirst; in the paired views, both languages side by side (or one after the other). */
async function Headline({ report, locale, paired }: { report: Report; locale: Locale; paired: boolean }) {
  const original = report.originalLanguage;
  const headline = shownText(report.headline, locale, original)!;
  const standfirst = shownText(report.standfirst, locale, original);
  if (!paired) {
    return (
      <div className="space-y-3">
        <h1 {...langAttrs(headline.lang, locale)} data-speak={speakable(headline.lang, locale)} className="text-h1 font-bold">
          {headline.text}
        </h1>
        {standfirst && (
          <p {...langAttrs(standfirst.lang, locale)} data-speak={speakable(standfirst.lang, locale)} className="text-lead text-muted">
            {standfirst.text}
          </p>
        )}
      </div>
    );
  }
  const other = otherLocale(locale);
  const otherAttrs = langAttrs(other, locale);
  return (
    <div className="grid grid-cols-1 gap-y-3 md:grid-cols-2 md:gap-x-10">
      <h1 {...langAttrs(headline.lang, locale)} data-speak={speakable(headline.lang, locale)} className="text-h1 font-bold">
        {headline.text}
      </h1>
      {report.headline[other] && headline.lang !== other ? (
        <p {...otherAttrs} className="text-h1 font-bold max-md:border-s-2 max-md:border-line max-md:ps-4 max-md:text-h3 max-md:text-muted">
          {report.headline[other]}
        </p>
      ) : (
        <span className="max-md:hidden" />
      )}
      {standfirst && (
        <p {...langAttrs(standfirst.lang, locale)} data-speak={speakable(standfirst.lang, locale)} className="text-lead text-muted">
          {standfirst.text}
        </p>
      )}
      {standfirst && report.standfirst?.[other] && standfirst.lang !== other && (
        <p {...otherAttrs} className="text-lead text-muted max-md:border-s-2 max-md:border-line max-md:ps-4">
          {report.standfirst[other]}
        </p>
      )}
    </div>
  );
}

/** Byline, source, times, reading time and the language the report was written in. */
async function ReportMeta({ report, locale }: { report: Report; locale: Locale }) {
  const t = await getTranslations('Report');
  const original = report.originalLanguage;
  const byline = shownText(report.byline, locale, original);
  const source = report.source ? shownText(report.source.name, locale, original) : undefined;
  return (
    <div className="space-y-1 font-ui text-sm leading-ui text-muted">
      {(byline || source) && (
        <p className="flex flex-wrap gap-x-4">
          {byline && (
            <span>
              {t.rich('by', {
                name: byline.text,
                b: (chunks) => (
                  <span {...langAttrs(byline.lang, locale)} className="font-semibold text-ink">
                    {chunks}
                  </span>
                ),
              })}
            </span>
          )}
          {source && (
            <span>
              {t.rich('source', {
                name: source.text,
                b: (chunks) =>
                  report.source?.url ? (
                    <a href={report.source.url} rel="noopener noreferrer" {...langAttrs(source.lang, locale)}>
                      {chunks}
                    </a>
                  ) : (
                    <span {...langAttrs(source.lang, locale)}>{chunks}</span>
                  ),
              })}
            </span>
          )}
        </p>
      )}
      <p className="flex flex-wrap gap-x-4">
        <span>
          {t('published')}: <DateTime date={report.publishedAt} style="published" locale={locale} hijri />
        </span>
        {report.updatedAt && (
          <span>
            {t('updated')}: <DateTime date={report.updatedAt} style="published" locale={locale} hijri />
          </span>
        )}
      </p>
      <p className="flex flex-wrap gap-x-4">
        <Count>{t('readingTime', { minutes: readingMinutes(report, locale) })}</Count>
        <span>{t('originalLanguage', { language: original })}</span>
      </p>
    </div>
  );
}

/**
 * Whether editors have reviewed the translation, from the review database. Shown to readers of the translation
 * and in the paired views; the page is regenerated when a review changes (lib/review/service.ts).
 */
async function TranslationStatusNote({ report }: { report: Report }) {
  const t = await getTranslations('Report.translation');
  const { status, sourceUpdated } = await translationStatus(report);
  return (
    <p data-testid="translation-status" data-status={status} className="font-ui text-sm leading-ui">
      <span className={status === 'reviewed' ? 'font-semibold text-brand' : 'text-muted'}>
        {status === 'reviewed' ? '✓ ' : ''}
        {t(status)}
      </span>
      {sourceUpdated && <span className="ms-2 font-semibold text-pending-ink">{t('sourceUpdated')}</span>}
    </p>
  );
}

/** Tags, and the story's coverage as a timeline. */
async function ReportFooter({ report, locale }: { report: Report; locale: Locale }) {
  const t = await getTranslations('Report');
  const story = getStoryReports(report);
  return (
    <footer className="mt-10 max-w-[42rem] space-y-8 border-t border-line pt-6 font-ui">
      {report.tags && report.tags.length > 0 && (
        <section aria-labelledby="jisr-tags" className="space-y-2">
          <h2 id="jisr-tags" className="text-sm font-semibold">{t('tags')}</h2>
          <ul className="flex flex-wrap gap-2 text-sm leading-ui">
            {report.tags.map((id) => {
              const name = tagName(id, locale);
              return (
                <li key={id}>
                  <PageLink
                    href={tagPath(id)}
                    {...langAttrs(name.lang, locale)}
                    className="inline-flex min-h-11 items-center rounded-full border border-line px-3 no-underline hover:border-ink"
                  >
                    {name.text}
                  </PageLink>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {story.length > 1 && (
        <section aria-labelledby="jisr-story" className="space-y-4" data-testid="story-timeline">
          <h2 id="jisr-story" className="text-h3 font-semibold">{t('story')}</h2>
          {/* Oldest first, a line down the start edge with a dot per report; the one being read is marked. */}
          <ol className="space-y-5 border-s-2 border-line">
            {story.map((r) => {
              const headline = shownText(r.headline, locale, r.originalLanguage)!;
              const current = r.slug === report.slug;
              return (
                <li key={r.slug} className="relative space-y-0.5 ps-5" aria-current={current ? 'page' : undefined}>
                  <span
                    aria-hidden="true"
                    className={`absolute -start-[7px] top-1.5 size-3 rounded-full border-2 border-surface ${current ? 'bg-brand' : 'bg-muted'}`}
                  />
                  <p className="text-sm leading-ui text-muted">
                    <DateTime date={r.publishedAt} style="short" locale={locale} /> ·{' '}
                    {t('originalLanguage', { language: r.originalLanguage })}
                  </p>
                  {current ? (
                    <p className="font-text text-lg leading-snug">
                      <span {...langAttrs(headline.lang, locale)} className="font-semibold">{headline.text}</span>{' '}
                      <span className="text-sm font-ui text-brand">({t('storyCurrent')})</span>
                    </p>
                  ) : (
                    <PageLink href={reportPath(r.slug)} {...langAttrs(headline.lang, locale)} className="tap-target font-text text-lg leading-snug font-semibold">
                      {headline.text}
                    </PageLink>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </footer>
  );
}
