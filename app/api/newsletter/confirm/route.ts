import { route } from '@/lib/api';
import { getDb } from '@/lib/db/client';
import { compose, linkMaker, outcomeResponse, requestLocale, siteOrigin } from '@/lib/newsletter/service';
import { confirm } from '@/lib/newsletter/store';
import { tokenParam } from '@/lib/newsletter/token';

/** GET /api/newsletter/confirm?token=…: the link in the confirmation message. */
export const GET = route(async (request: Request) => {
  const token = tokenParam(request);
  const result = token ? await confirm(await getDb(), token, linkMaker(siteOrigin(request)), compose) : { ok: false as const };
  return result.ok
    ? outcomeResponse(request, result.locale, 'confirmed')
    : outcomeResponse(request, requestLocale(request), 'bad-link', 'This confirmation link is unknown, used or expired.');
});
