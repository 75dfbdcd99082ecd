import { loadContent } from './content/store';
import { isLocale, type Locale } from './locales';
import { outcomeIds } from './newsletter/outcomes';
import { tokenParam } from './newsletter/token';
import { pageCount, parsePage } from './pagination';
import { isPairedView } from './views';

// The site's addresses, as the proxy sees them. Next 16 cannot yet server-render a not-found page that a page
// component triggers (vercel/next.js#62228: the reader gets an empty page without JavaScript), so the proxy decides
// what is missing before any page renders. Every new page must be added here.

export type Resolved =
  | { kind: 'page'; locale: Locale; rewrite?: string }
  | { kind: 'not-found'; locale: Locale }
  | { kind: 'outside' };

/** Pages and files with one address under each locale. */
const singleAddresses = new Set(['review', 'search', 'popular', 'saved', 'offline', 'feed.xml', 'manifest.webmanifest']);

export function resolvePath(pathname: string, search: URLSearchParams): Resolved {
  const [first, ...segments] = pathname.split('/').filter(Boolean).map(safeDecode);
  if (!first || !isLocale(first)) return { kind: 'outside' };
  const locale = first;
  const content = loadContent();
  const [kind, id, ...extra] = segments;
  const page = (rewrite?: string): Resolved => ({ kind: 'page', locale, rewrite });
  const missing: Resolved = { kind: 'not-found', locale };

  if (kind === undefined) return page();
  // The lite edition: /lite and /lite/reports/{slug}.
  if (kind === 'lite') {
    if (id === undefined) return page();
    return id === 'reports' && extra.length === 1 && content.reports.some((r) => r.slug === extra[0]) ? page() : missing;
  }
  if (singleAddresses.has(kind) && id === undefined) return page();
  if (id === undefined) return missing;

  // Lists: /sections/{id} and /tags/{tag}, with later pages at …/page/{n}.
  if (kind === 'sections' || kind === 'tags') {
    const reports = kind === 'sections' ? content.reports.filter((r) => r.section === id) : content.reports.filter((r) => r.tags?.includes(id));
    const known = kind === 'sections' ? content.sections.some((s) => s.id === id) : reports.length > 0;
    if (!known) return missing;
    if (extra.length === 0) return page();
    const n = extra.length === 2 && extra[0] === 'page' ? parsePage(extra[1]!) : undefined;
    return n && n <= pageCount(reports.length) ? page() : missing;
  }

  if (extra.length > 0) return missing;
  if (kind === 'page-not-found') return missing;
  // The confirmation page needs a token of the right shape (lib/newsletter/token.ts).
  if (kind === 'newsletter' && id === 'confirm') return tokenParam(search) ? page() : missing;
  if (kind === 'newsletter') return (outcomeIds as string[]).includes(id) ? page() : missing;
  // Development only: the newsletter's outbox.
  if (kind === 'dev') return id === 'outbox' && process.env.JISR_DEV_OUTBOX === '1' ? page() : missing;
  if (kind === 'review') return id === 'sign-in' || id === 'content-status' || content.reports.some((r) => r.slug === id) ? page() : missing;
  if (kind === 'reports') {
    if (!content.reports.some((r) => r.slug === id)) return missing;
    const view = search.get('view');
    if (view === null || view === '' || view === 'single') return page();
    // `?view=parallel` is served by the prerendered /{locale}/reports/{slug}/parallel.
    return isPairedView(view) ? page(`/${locale}/reports/${encodeURIComponent(id)}/${view}`) : missing;
  }
  return missing;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
