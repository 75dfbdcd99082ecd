import { localePath } from '@/i18n/routing';
import { reservedSlugs } from '../content/load';
import { loadContent, reportBySlug } from '../content/store';
import type { Locale } from '../locales';
import { outcomeIds } from '../newsletter/outcomes';
import { tokenParam } from '../newsletter/token';
import { pageCount, parsePage } from './pagination';
import { reportPath, type SitePath } from './paths';
import { isView } from './views';

// The site's addresses, as the proxy sees them. Next 16 cannot yet server-render a not-found page that a page
// component triggers (vercel/next.js#62228: the reader gets an empty page without JavaScript), so the proxy decides
// what is missing before any page renders. Every new page must be added here.

export type Resolved =
  | { kind: 'page'; locale: Locale }
  /** A permanent redirect to another path on the site (with its locale, without a query). */
  | { kind: 'redirect'; to: string }
  | { kind: 'not-found'; locale: Locale }
  | { kind: 'outside' };

/** Pages and files with one address under each locale. */
const singleAddresses = new Set(['review', 'search', 'popular', 'saved', 'offline', 'feed.xml', 'manifest.webmanifest']);

export function resolvePath(path: SitePath, search: URLSearchParams): Resolved {
  if (path.kind === 'outside') return { kind: 'outside' };
  const { locale } = path;
  const content = loadContent();
  const page: Resolved = { kind: 'page', locale };
  const missing: Resolved = { kind: 'not-found', locale };
  const isReport = (slug: string) => reportBySlug(content, slug) !== undefined;

  switch (path.kind) {
    case 'front':
      return page;
    case 'unknown':
      return missing;
    case 'report': {
      if (!isReport(path.slug)) return missing;
      const view = search.get('view');
      if (path.lite || path.view !== 'single' || view === null) return page;
      // The old `?view=` addresses (an empty one is the single view): each view has its own path now.
      const target = view || 'single';
      return isView(target) ? { kind: 'redirect', to: localePath({ href: reportPath(path.slug, target), locale }) } : missing;
    }
    case 'list': {
      const { list, id } = path;
      const reports = list === 'sections' ? content.reports.filter((r) => r.section === id) : content.reports.filter((r) => r.tags?.includes(id));
      const known = list === 'sections' ? content.sections.some((s) => s.id === id) : reports.length > 0;
      if (!known) return missing;
      if (path.page === undefined) return page;
      const n = parsePage(path.page);
      return n && n <= pageCount(reports.length) ? page : missing;
    }
    case 'page': {
      const { name, id } = path;
      if (id === undefined) return singleAddresses.has(name) ? page : missing;
      // The confirmation page needs a token of the right shape (lib/newsletter/token.ts).
      if (name === 'newsletter' && id === 'confirm') return tokenParam(search) ? page : missing;
      if (name === 'newsletter') return (outcomeIds as string[]).includes(id) ? page : missing;
      // Development only: the newsletter's outbox.
      if (name === 'dev') return id === 'outbox' && process.env.JISR_DEV_OUTBOX === '1' ? page : missing;
      if (name === 'review') return reservedSlugs.includes(id) || isReport(id) ? page : missing;
      return missing;
    }
  }
}
