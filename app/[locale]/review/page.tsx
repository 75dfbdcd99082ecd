import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/page-link';
import { ReviewPageShell } from '@/components/review/review-page-shell';
import { currentUser } from '@/lib/auth/auth';
import { shownText } from '@/lib/content/queries';
import { formatDate, formatNumber } from '@/lib/format';
import { langAttrs } from '@/lib/locales';
import { queueRows, type QueueRow } from '@/lib/review/service';
import { pageMetadata } from '@/lib/site/metadata';
import { Count } from '@/components/date-time';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Review');
  return pageMetadata({ path: '/review', title: t('title'), index: false });
}

const sorts = ['updated', 'progress', 'errors', 'warnings', 'stale', 'published'] as const;
const shows = ['all', 'todo', 'done', 'errors', 'stale'] as const;
type Sort = (typeof sorts)[number];
type Show = (typeof shows)[number];

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

const ratio = (r: QueueRow) => (r.progress.total ? r.progress.approved / r.progress.total : 1);

const order: Record<Sort, (a: QueueRow, b: QueueRow) => number> = {
  updated: (a, b) => (b.lastReviewedAt ?? '').localeCompare(a.lastReviewedAt ?? ''),
  progress: (a, b) => ratio(a) - ratio(b),
  errors: (a, b) => b.errors - a.errors,
  warnings: (a, b) => b.warnings - a.warnings,
  stale: (a, b) => b.stale - a.stale,
  published: (a, b) => Date.parse(b.report.publishedAt) - Date.parse(a.report.publishedAt),
};

const keep: Record<Show, (r: QueueRow) => boolean> = {
  all: () => true,
  todo: (r) => r.progress.approved < r.progress.total,
  done: (r) => r.progress.approved === r.progress.total,
  errors: (r) => r.errors > 0,
  stale: (r) => r.stale > 0,
};

/** Every report with its review progress, findings and last review; sorted and filtered through the URL. */
export default async function ReviewQueuePage({ searchParams }: PageProps<'/[locale]/review'>) {
  const locale = await getLocale();
  const t = await getTranslations('Review');
  const params = await searchParams;
  const sort = pick(sorts, params.sort, 'progress');
  const show = pick(shows, params.show, 'all');
  const user = await currentUser(await headers());
  const rows = (await queueRows()).filter(keep[show]).sort((a, b) => order[sort](a, b) || order.published(a, b));
  const search = new URLSearchParams({ ...(sort !== 'progress' ? { sort } : {}), ...(show !== 'all' ? { show } : {}) }).toString();
  const here = `/review${search ? `?${search}` : ''}`;

  return (
    <ReviewPageShell
      here={here}
      user={user}
      title={t('title')}
      intro={t('intro')}
      aside={
        user && (
          <p className="font-ui text-sm">
            <PageLink href="/review/content-status" className="inline-flex min-h-11 items-center">
              {(await getTranslations('ContentStatus'))('title')}
            </PageLink>
          </p>
        )
      }
    >

      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 font-ui text-sm">
        <label className="grid gap-1">
          {t('queue.sort')}
          <select name="sort" defaultValue={sort} className="min-h-11 rounded border border-line bg-paper px-2">
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`queue.sortBy.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          {t('queue.show')}
          <select name="show" defaultValue={show} className="min-h-11 rounded border border-line bg-paper px-2">
            {shows.map((s) => (
              <option key={s} value={s}>
                {t(`queue.filter.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded-full border border-line px-4">
          {t('queue.apply')}
        </button>
        <span className="ms-auto text-muted" data-testid="queue-count">
          {t('queue.count', { count: rows.length })}
        </span>
      </form>

      {rows.length === 0 ? (
        <p className="font-ui">{t('queue.empty')}</p>
      ) : (
        // On a phone each report is a card, with a label before each figure.
        <table className="w-full border-collapse font-ui text-sm max-md:block">
          <thead className="max-md:sr-only">
            <tr className="border-b-2 border-line">
              <th scope="col" className="p-2 text-start">{t('queue.report')}</th>
              <th scope="col" className="p-2 text-start">{t('queue.progress')}</th>
              <th scope="col" className="p-2 text-end">{t('queue.missing')}</th>
              <th scope="col" className="p-2 text-end">{t('queue.errors')}</th>
              <th scope="col" className="p-2 text-end">{t('queue.warnings')}</th>
              <th scope="col" className="p-2 text-end">{t('queue.stale')}</th>
              <th scope="col" className="p-2 text-start">{t('lastReviewed')}</th>
            </tr>
          </thead>
          <tbody className="max-md:block">
            {rows.map((row) => {
              const headline = shownText(row.report.headline, locale, row.report.originalLanguage)!;
              const percent = row.progress.total ? Math.round((row.progress.approved / row.progress.total) * 100) : 100;
              const figure = (label: string, value: number, alarm: boolean) => (
                <td className={`p-2 md:text-end max-md:inline-flex max-md:gap-1 max-md:px-0 max-md:pe-4 ${alarm && value ? 'font-semibold text-pending-ink' : 'text-muted'}`}>
                  <span className="md:sr-only">{label}:</span>
                  <Count>{formatNumber(value, locale)}</Count>
                </td>
              );
              return (
                <tr key={row.report.slug} data-report={row.report.slug} className="border-b border-line align-top max-md:block max-md:py-3">
                  <td className="p-2 max-md:block max-md:px-0">
                    <PageLink href={`/review/${row.report.slug}`} {...langAttrs(headline.lang, locale)} className="font-text text-base font-semibold">
                      {headline.text}
                    </PageLink>
                    <span className="mt-0.5 block text-xs text-muted">
                      {t('queue.original')}: {t('language', { language: row.report.originalLanguage })}
                    </span>
                  </td>
                  <td className="min-w-36 p-2 max-md:block max-md:px-0">
                    <Count className="block">{t('progress', row.progress)}</Count>
                    <span className="mt-1 block h-1.5 overflow-hidden rounded-full bg-surface" aria-hidden="true">
                      <span className="block h-full bg-brand" style={{ width: `${percent}%` }} />
                    </span>
                  </td>
                  {figure(t('queue.missing'), row.missing, false)}
                  {figure(t('queue.errors'), row.errors, true)}
                  {figure(t('queue.warnings'), row.warnings, false)}
                  {figure(t('queue.stale'), row.stale, true)}
                  <td className="p-2 max-md:block max-md:px-0 md:whitespace-nowrap">
                    <span className="md:sr-only">{t('lastReviewed')}: </span>
                    {row.lastReviewedAt ? <time dateTime={row.lastReviewedAt} suppressHydrationWarning>{formatDate(row.lastReviewedAt, 'published', locale)}</time> : <span className="text-muted">{t('never')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </ReviewPageShell>
  );
}
