import { isLocale, locales, type Locale } from '../locales';
import { isPairedView, pairedViews, type View } from './views';

// The site's addresses, parsed and built in one place: the proxy, the route table (lib/site/routes.ts), the service
// worker and every link read and write them here. Builders return the address without its locale, for localePath().

/** Section and tag lists, with later pages at …/page/{n}. */
export type ListKind = 'sections' | 'tags';

/** A path on the site, decoded; what exists (slugs, sections, page numbers) is lib/site/routes.ts's to decide. */
export type SitePath =
  | { kind: 'outside' }
  | ({ locale: Locale; lite: boolean } & (
      | { kind: 'front' }
      | { kind: 'report'; slug: string; view: View }
      | { kind: 'list'; list: ListKind; id: string; page?: string }
      /** Any other page: /{name} or /{name}/{id}. */
      | { kind: 'page'; name: string; id?: string }
      | { kind: 'unknown' }
    ));

export function parseSitePath(pathname: string): SitePath {
  const [first, ...rest] = pathname.split('/').filter(Boolean).map(safeDecode);
  if (!isLocale(first)) return { kind: 'outside' };
  const lite = rest[0] === 'lite';
  const [kind, id, ...extra] = lite ? rest.slice(1) : rest;
  const at = { locale: first, lite };
  if (kind === undefined) return { ...at, kind: 'front' };
  if (kind === 'reports' && id !== undefined) {
    // The single view is the report's own address; the lite edition has no other.
    if (extra.length === 0) return { ...at, kind: 'report', slug: id, view: 'single' };
    const [view] = extra;
    if (!lite && extra.length === 1 && isPairedView(view!)) return { ...at, kind: 'report', slug: id, view };
    return { ...at, kind: 'unknown' };
  }
  if (lite) return { ...at, kind: 'unknown' };
  if ((kind === 'sections' || kind === 'tags') && id !== undefined) {
    if (extra.length === 0) return { ...at, kind: 'list', list: kind, id };
    return extra.length === 2 && extra[0] === 'page' ? { ...at, kind: 'list', list: kind, id, page: extra[1] } : { ...at, kind: 'unknown' };
  }
  if (kind === 'reports' || extra.length > 0) return { ...at, kind: 'unknown' };
  return { ...at, kind: 'page', name: kind, id };
}

/** The locale a same-origin path belongs to, English for anything outside both. */
export function localeOfPath(pathname: string): Locale {
  const path = parseSitePath(pathname);
  return path.kind === 'outside' ? 'en' : path.locale;
}

/** A report in a view: `/reports/{slug}`, `/reports/{slug}/parallel`, `/reports/{slug}/interleaved`. */
export function reportPath(slug: string, view: View = 'single'): string {
  const base = `/reports/${encodeURIComponent(slug)}`;
  return view === 'single' ? base : `${base}/${view}`;
}

export function sectionPath(id: string): string {
  return `/sections/${encodeURIComponent(id)}`;
}

export function tagPath(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}`;
}

/** A page of a list: the list's own address for the first, then `…/page/{n}`. */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}/page/${page}`;
}

/** The lite edition's address of a page: `/` → `/lite`, `/reports/x` → `/lite/reports/x`. */
export function liteHref(href = '/'): string {
  return href === '/' ? '/lite' : `/lite${href}`;
}

/**
 * A report page in any view, with the locale and slug as groups: for the page script, which is sent as text and
 * cannot import parseSitePath (lib/offline/script.ts), and the service worker's matchers. paths.test.ts holds the
 * two to the same answers.
 */
export const reportPathPattern = new RegExp(`^/(${locales.join('|')})/reports/([^/]+)(?:/(?:${pairedViews.join('|')}))?$`);

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
