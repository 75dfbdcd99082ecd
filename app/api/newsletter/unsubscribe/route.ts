import { route } from '@/lib/api';
import { getDb } from '@/lib/db/client';
import { compose, linkMaker, outcomeResponse, requestLocale, siteOrigin } from '@/lib/newsletter/service';
import { unsubscribe } from '@/lib/newsletter/store';
import { tokenParam } from '@/lib/newsletter/token';

async function handle(request: Request) {
  const search = new URL(request.url).searchParams;
  const token = tokenParam(search);
  const result = token ? await unsubscribe(await getDb(), token, linkMaker(siteOrigin(request)), compose) : { ok: false as const };
  return result.ok
    ? outcomeResponse(request, result.locale, 'unsubscribed')
    : outcomeResponse(request, requestLocale(request, search.get('locale')), 'bad-link', 'This unsubscribe link is unknown.');
}

/** GET /api/newsletter/unsubscribe?token=…&locale=…: the link in every newsletter, one click. */
export const GET = route(handle);

/**
 * POST: RFC 8058 one-click unsubscribe, which mail clients send on the reader's behalf (body
 * "List-Unsubscribe=One-Click"; the token is in the address). It comes from the mail client, not from a page of
 * this site, so there is no origin check, and unsubscribing is all it can do.
 */
export const POST = route(handle);
