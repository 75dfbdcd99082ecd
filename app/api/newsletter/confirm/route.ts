import { z } from 'zod';
import { assertSameOrigin, route } from '@/lib/api';
import { getDb } from '@/lib/db/client';
import { locales } from '@/lib/locales';
import { readFields } from '@/lib/newsletter/form';
import { compose, linkMaker, outcomeResponse, requestLocale, siteOrigin } from '@/lib/newsletter/service';
import { confirm } from '@/lib/newsletter/store';
import { tokenPattern } from '@/lib/newsletter/token';

const Fields = z.strictObject({ token: z.string().regex(tokenPattern), locale: z.enum(locales).optional() });

/**
 * POST /api/newsletter/confirm (token, locale): the button on the page the confirmation message links to. Only a
 * person pressing it confirms; a GET does nothing here.
 */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const parsed = Fields.safeParse(await readFields(request));
  if (!parsed.success) return outcomeResponse(request, requestLocale(request), 'bad-link', 'The confirmation token is missing or malformed.');
  const { token, locale } = parsed.data;
  const result = await confirm(await getDb(), token, linkMaker(siteOrigin(request)), compose);
  return result.ok
    ? outcomeResponse(request, result.locale, 'confirmed')
    : outcomeResponse(request, requestLocale(request, locale), 'bad-link', 'This confirmation link is unknown, used or expired.');
});
