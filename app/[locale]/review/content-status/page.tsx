import path from 'node:path';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { ReviewPageShell } from '@/components/review/review-page-shell';
import { Count } from '@/components/date-time';
import { currentUser } from '@/lib/auth/auth';
import { arabicProblem } from '@/lib/content/problems-ar';
import { contentStore } from '@/lib/content/store';
import { pageMetadata } from '@/lib/site/metadata';

const here = '/review/content-status';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('ContentStatus');
  return pageMetadata({ path: here, title: t('title'), index: false });
}

/** What the running server could not publish, or serves from an earlier version, and why: for the web desk. */
export default async function ContentStatusPage() {
  const locale = await getLocale();
  const t = await getTranslations('ContentStatus');
  const user = await currentUser(await headers());
  const store = contentStore();
  const problems = user ? store.problems() : [];
  const files = new Set(problems.map((p) => p.file)).size;

  return (
    <ReviewPageShell here={here} user={user} title={t('title')} intro={t('intro')}>
      {!user ? (
        <p className="font-ui">{t('signInFirst')}</p>
      ) : (
        <>
          <p className="mb-4 font-ui" data-testid="content-summary">
            <Count>{t('summary', { reports: store.content().reports.length, version: store.version })}</Count>{' '}
            {problems.length === 0 ? t('allValid') : <Count>{t('problemCount', { count: problems.length, files })}</Count>}
          </p>
          {problems.length > 0 && (
            <ul className="space-y-3 font-ui text-sm">
              {problems.map((problem, i) => (
                <li key={i} data-problem className="rounded border border-line p-3">
                  {/* File names and JSON paths are Latin and left to right on both pages. */}
                  <p className="font-semibold">
                    <bdi dir="ltr" className="font-mono">{path.relative(store.dir, path.resolve(problem.file))}</bdi>
                  </p>
                  <p>
                    {t('at')}{' '}
                    <bdi dir="ltr" className="font-mono">{problem.path}</bdi>
                  </p>
                  <p>{locale === 'ar' ? (problem.ar ?? arabicProblem(problem.message) ?? problem.message) : problem.message}</p>
                  <p className={problem.serving === 'previous' ? 'text-muted' : 'font-semibold text-pending-ink'}>{t(`serving.${problem.serving}`)}</p>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-6 font-ui text-sm text-muted">
            {t('command')} <bdi dir="ltr" className="font-mono">npm run content:check</bdi>
          </p>
        </>
      )}
    </ReviewPageShell>
  );
}
