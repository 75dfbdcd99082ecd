import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { clientAddress } from './lib/auth/client-address';
import { decodable } from './lib/site/decodable';
import { getDb } from './lib/db/client';
import { recordView } from './lib/reading/popular';
import { htmlResponse, prerenderedHtml } from './lib/site/prerendered';
import { resolvePath } from './lib/site/routes';
import { localeOfPath, parseSitePath, type SitePath } from './lib/site/paths';

const handleLocale = createMiddleware(routing);

/** A reader opening a report: not a prefetch, not the service worker's offline copy, not a crawler or an audit tool, not a HEAD. */
function readerOfReport(request: NextRequest, path: SitePath): string | undefined {
  if (path.kind !== 'report' || request.method !== 'GET') return undefined;
  const h = request.headers;
  if (h.has('x-jisr-offline-copy') || h.has('next-router-prefetch') || h.has('next-router-segment-prefetch') || /prefetch/i.test(`${h.get('purpose') ?? ''} ${h.get('sec-purpose') ?? ''}`)) return undefined;
  if (/bot|crawl|spider|slurp|lighthouse|preview/i.test(h.get('user-agent') ?? '')) return undefined;
  return path.slug;
}

/** Counts the view after the response has gone; a failure is logged and never reaches the reader. */
function countView(request: NextRequest, path: SitePath, event: NextFetchEvent) {
  const report = readerOfReport(request, path);
  if (!report) return;
  const view = { report, address: clientAddress(request.headers), userAgent: request.headers.get('user-agent') ?? '' };
  event.waitUntil(
    getDb()
      .then((db) => recordView(db, view))
      .catch((error: unknown) => console.error('Could not count a view:', error)),
  );
}

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith('/api/')) {
    return decodable(pathname)
      ? NextResponse.next()
      : Response.json({ error: 'bad_encoding', message: 'The address has invalid percent-encoding.' }, { status: 400 });
  }
  if (!decodable(pathname)) return notFoundResponse(localeOfPath(pathname)) ?? new Response('Not found', { status: 404 });

  const path = parseSitePath(pathname);
  const route = resolvePath(path, searchParams);
  if (route.kind === 'redirect') return permanentRedirect(request, route.to);
  // `/` and paths without a locale are redirected to the reader's language (cookie, Accept-Language, English). The
  // lite edition sets no cookie, so the locale middleware, which remembers the language in one, stays out.
  const response = path.kind !== 'outside' && path.lite ? NextResponse.next() : handleLocale(request);
  if (response.headers.has('location')) return response;
  if (route.kind === 'not-found') return notFoundResponse(route.locale) ?? response;
  countView(request, path, event);
  return response;
}

/** A permanent redirect to a path on this site, with no query. Built from the request's own URL, which Next then sends as a relative Location. */
function permanentRedirect(request: NextRequest, pathname: string): Response {
  const target = request.nextUrl.clone();
  target.pathname = pathname;
  target.search = '';
  return NextResponse.redirect(target, 308);
}

/**
 * The prerendered localized 404 page, with a 404 status. Undefined in development (no prerendered files), where
 * Next's own not-found rendering takes over.
 */
function notFoundResponse(locale: string): Response | undefined {
  const html = prerenderedHtml(`${locale}/page-not-found`);
  return html === undefined ? undefined : htmlResponse(html, 404);
}

export const config = {
  // Everything but Next's own files and files with an extension, plus every path under a locale; API routes only
  // for the check of their encoding.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/(en|ar)/:path*', '/api/:path*'],
};
