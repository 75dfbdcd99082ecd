import { getTranslations } from 'next-intl/server';
import { pagePath } from '@/lib/site/paths';
import { PageLink } from './page-link';
import { Count } from './date-time';

/** Previous / next links and where the reader is; plain links, so it works without JavaScript. */
export async function Pagination({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations('Pagination');
  const link = 'inline-flex min-h-11 items-center gap-1 rounded-full border border-line px-4 no-underline hover:border-ink';
  const arrow = (d: string) => (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 rtl:-scale-x-100" fill="none" stroke="currentColor" strokeWidth="2">
      <path d={d} />
    </svg>
  );
  return (
    <nav aria-label={t('label')} className="mt-10 flex flex-wrap items-center gap-3 font-ui text-sm">
      {page > 1 && (
        <PageLink href={pagePath(base, page - 1)} rel="prev" className={link}>
          {arrow('M10 3 5 8l5 5')}
          {t('previous')}
        </PageLink>
      )}
      <Count aria-current="page" className="text-muted">
        {t('position', { page, pages })}
      </Count>
      {page < pages && (
        <PageLink href={pagePath(base, page + 1)} rel="next" className={link}>
          {t('next')}
          {arrow('m6 3 5 5-5 5')}
        </PageLink>
      )}
    </nav>
  );
}
