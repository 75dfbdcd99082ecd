import fs from 'node:fs';
import path from 'node:path';

// Prerendered pages served with a status of our choosing: Next serves a prerendered page with 200, and cannot yet
// render a page with a 4xx from a route handler or the proxy (see lib/site/routes.ts). In development there are no
// prerendered files, and callers fall back to Next's own handling.

const cache = new Map<string, string>();

/** The HTML that `next build` wrote for `route` (e.g. "ar/page-not-found"), or undefined. */
export function prerenderedHtml(route: string): string | undefined {
  let html = cache.get(route);
  if (html === undefined) {
    const file = path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'server', 'app', `${route}.html`);
    try {
      html = fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    cache.set(route, html);
  }
  return html;
}

export function htmlResponse(html: string, status: number): Response {
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' },
  });
}
