import fs from 'node:fs';
import path from 'node:path';
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { resolvePath } from './lib/routes';

const handleLocale = createMiddleware(routing);

/** Whether every %-escape in the path decodes (Next answers a malformed one with a 500 otherwise). */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/')) {
    return decodable(pathname)
      ? NextResponse.next()
      : Response.json({ error: 'bad_path', message: 'The address has invalid percent-encoding.' }, { status: 400 });
  }
  if (!decodable(pathname)) return notFoundResponse(pathname.startsWith('/ar/') ? 'ar' : 'en') ?? new NextResponse('Not found', { status: 404 });

  // `/` and paths without a locale are redirected to the reader's language (cookie, Accept-Language, English).
  const response = handleLocale(request);
  if (response.headers.has('location')) return response;

  const route = resolvePath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (route.kind === 'not-found') return notFoundResponse(route.locale) ?? response;
  if (route.kind === 'page' && route.rewrite) {
    const target = request.nextUrl.clone();
    target.pathname = route.rewrite;
    target.search = '';
    const rewrite = NextResponse.rewrite(target);
    for (const cookie of response.cookies.getAll()) rewrite.cookies.set(cookie);
    return rewrite;
  }
  return response;
}

const notFoundPages = new Map<string, string>();

/**
 * The prerendered localized 404 page, with a 404 status. Undefined in development (no prerendered files), where
 * Next's own not-found rendering takes over.
 */
function notFoundResponse(locale: string): NextResponse | undefined {
  let html = notFoundPages.get(locale);
  if (html === undefined) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'server', 'app', locale, 'page-not-found.html');
    try {
      html = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    notFoundPages.set(locale, html);
  }
  return new NextResponse(html, {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' },
  });
}

export const config = {
  // Everything but Next's own files and files with an extension, plus every path under a locale; API routes only
  // for the check of their encoding.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/(en|ar)/:path*', '/api/:path*'],
};
