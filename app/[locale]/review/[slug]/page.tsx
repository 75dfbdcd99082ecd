import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/page-link';
import { PageShell } from '@/components/page-shell';
import { ReviewBar } from '@/components/review/review-bar';
import { Workbench } from '@/components/review/workbench';
import { localePath } from '@/i18n/routing';
import { currentUser } from '@/lib/auth/auth';
import { shownText } from '@/lib/content/queries';
import { langAttrs, otherLocale } from '@/lib/locales';
import { filtersToSearch, parseFilters } from '@/lib/review/filters';
import { reviewContext, workbenchData } from '@/lib/review/service';
import { reportPath } from '@/lib/site/paths';
import { pageMetadata } from '@/lib/site/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/review/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const context = reviewContext(slug);
  const t = await getTranslations('Review');
  if (!context) return {};
  const headline = shownText(context.report.headline, await getLocale(), context.report.originalLanguage)!;
  return pageMetadata({ path: `/review/${slug}`, title: `${t('title')}: ${headline.text}`, index: false });
}

/** The workbench for one report, server-rendered with its data; the table then runs in the browser. */
export default async function WorkbenchPage({ params, searchParams }: PageProps<'/[locale]/review/[slug]'>) {
  const { slug } = await params;
  const context = reviewContext(slug);
  if (!context) notFound();
  const locale = await getLocale();
  const t = await getTranslations('Review');
  const user = await currentUser(await headers());
  const filters = parseFilters(await searchParams);
  const data = await workbenchData(context);
  const headline = shownText(context.report.headline, locale, context.report.originalLanguage)!;
  const here = `/review/${slug}${filtersToSearch(filters)}`;

  return (
    <PageShell alternateHref={localePath({ href: here, locale: otherLocale(locale) })}>
      <ReviewBar user={user} next={localePath({ href: here, locale })} />
      <header className="mb-6 space-y-3">
        <p className="flex flex-wrap gap-x-4 font-ui text-sm">
          <PageLink href="/review" className="inline-flex min-h-11 items-center gap-1">
            {/* A pointing icon: mirrored in Arabic, where "back" points the other way. */}
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 rtl:-scale-x-100" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M10 3 5 8l5 5" />
            </svg>
            {t('workbench.back')}
          </PageLink>
          <PageLink href={reportPath(slug, 'parallel')} className="inline-flex min-h-11 items-center">
            {t('workbench.readReport')}
          </PageLink>
        </p>
        <h1 {...langAttrs(headline.lang, locale)} className="text-h2 font-bold">
          {headline.text}
        </h1>
        <p className="flex flex-wrap items-center gap-2 font-ui text-sm">
          <span className="text-muted">{t('workbench.export')}:</span>
          <a href={`/api/review/${slug}/export/xliff`} download lang="en" dir="ltr" className="inline-flex min-h-11 items-center rounded-full border border-line px-3">
            {t('workbench.xliff')}
          </a>
          <a href={`/api/review/${slug}/export/tmx`} download lang="en" dir="ltr" className="inline-flex min-h-11 items-center rounded-full border border-line px-3">
            {t('workbench.tmx')}
          </a>
        </p>
      </header>
      <Workbench initial={data} canEdit={user?.role === 'reviewer'} initialFilters={filters} />
    </PageShell>
  );
}
