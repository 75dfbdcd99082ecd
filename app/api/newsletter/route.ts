import { z } from 'zod';
import { assertSameOrigin, HttpError, route } from '@/lib/api';
import { clientAddress } from '@/lib/client-address';
import { decodable } from '@/lib/decodable';
import { getDb } from '@/lib/db/client';
import { locales } from '@/lib/locales';
import { compose, linkMaker, outcomeResponse, requestLocale, siteOrigin } from '@/lib/newsletter/service';
import { editionsList, subscribe, withinLimit } from '@/lib/newsletter/store';

/** Sign-ups per client address: enough for a household, too few for a bot. */
const limit = { max: 5, windowMs: 15 * 60 * 1000 };
const MAX_BODY = 4 * 1024;

// The fields, whether from the footer form (urlencoded, `edition` repeated) or JSON (`editions`). `website` is the
// honeypot: hidden from people, filled in by bots.
const Fields = z.strictObject({
  email: z.string().max(320),
  editions: z.array(z.enum(editionsList)).max(2),
  locale: z.enum(locales).optional(),
  website: z.string().max(500).optional(),
});

const Email = z.email().max(254);

async function readFields(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const isForm = /^application\/x-www-form-urlencoded\b/i.test(type);
  if (!isForm && !/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded, or JSON.');
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) throw new HttpError(413, 'payload_too_large', `The body may be at most ${MAX_BODY} bytes.`);
  const text = await request.text();
  if (text.length > MAX_BODY) throw new HttpError(413, 'payload_too_large', `The body may be at most ${MAX_BODY} bytes.`);
  if (!isForm) {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  // A form: each field once, except the edition checkboxes, and every %-escape valid (URLSearchParams would quietly
  // turn a broken one into U+FFFD).
  if (!decodable(text)) return undefined;
  const form = new URLSearchParams(text);
  const fields: Record<string, unknown> = { editions: form.getAll('edition') };
  for (const key of new Set(form.keys())) {
    if (key === 'edition') continue;
    if (form.getAll(key).length > 1) return undefined;
    fields[key] = form.get(key);
  }
  return fields;
}

/**
 * POST /api/newsletter: a sign-up, from the form in every page's footer (works without JavaScript) or as JSON.
 * Answers with the outcome's page or JSON (lib/newsletter/outcomes.ts).
 */
export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const raw = await readFields(request);
  const parsed = Fields.safeParse(raw);
  const locale = requestLocale(request, parsed.success ? parsed.data.locale : undefined);
  const db = await getDb();
  // Every attempt counts, valid or not, so a bot cannot probe without limit.
  if (!(await withinLimit(db, `newsletter:${clientAddress(request.headers)}`, limit))) {
    return outcomeResponse(request, locale, 'too-many', 'Too many sign-ups from this address. Try again in 15 minutes.');
  }
  if (!parsed.success) {
    const email = (raw as { email?: unknown } | undefined)?.email;
    if (raw && typeof raw === 'object' && (email === undefined || email === null)) return outcomeResponse(request, locale, 'invalid-email', 'An email address is required.');
    return outcomeResponse(request, locale, 'bad-request', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') || 'The body is not valid.');
  }
  const { email, editions, website } = parsed.data;
  // A bot that filled the honeypot is told it worked, and nothing is stored or sent.
  if (website) return outcomeResponse(request, locale, 'check-email');
  if (!Email.safeParse(email.trim()).success) return outcomeResponse(request, locale, 'invalid-email', 'That is not a valid email address.');
  if (editions.length === 0) return outcomeResponse(request, locale, 'no-edition', 'Choose at least one edition: ar, en or both.');
  await subscribe(db, { email, editions, locale }, linkMaker(siteOrigin(request)), compose);
  // The same answer whether the address was new, pending or already confirmed: nothing is revealed about it.
  return outcomeResponse(request, locale, 'check-email');
});
