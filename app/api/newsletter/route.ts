import { z } from 'zod';
import { assertSameOrigin, route } from '@/lib/api';
import { clientAddress } from '@/lib/auth/client-address';
import { getDb } from '@/lib/db/client';
import { locales } from '@/lib/locales';
import { compose, linkMaker, outcomeResponse, requestLocale, siteOrigin } from '@/lib/newsletter/service';
import { readFields } from '@/lib/newsletter/form';
import { editionsList, normalizeEmail, subscribe, withinLimit } from '@/lib/newsletter/store';

/** Sign-ups per client address: enough for a household, too few for a bot. */
const limit = { max: 5, windowMs: 15 * 60 * 1000 };
/** Confirmation messages per recipient, however many addresses ask: nobody's inbox is flooded through this form. */
const recipientLimit = { max: 3, windowMs: 60 * 60 * 1000 };
// The fields, whether from the footer form (urlencoded, `edition` repeated) or JSON (`editions`). `website` is the
// honeypot: hidden from people, filled in by bots.
const Fields = z.strictObject({
  email: z.string().max(320),
  editions: z.array(z.enum(editionsList)).max(2).default([]),
  locale: z.enum(locales).optional(),
  website: z.string().max(500).optional(),
});

const Email = z.email().max(254);

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
  // The same answer whether the address was new, pending, already confirmed or sent enough messages already:
  // nothing is revealed about it.
  if (await withinLimit(db, `newsletter-to:${normalizeEmail(email)}`, recipientLimit)) {
    await subscribe(db, { email, editions, locale }, linkMaker(siteOrigin(request)), compose);
  }
  return outcomeResponse(request, locale, 'check-email');
});
