import { getTranslations } from 'next-intl/server';
import { isLocale, type Locale } from '../locales';
import { htmlResponse, prerenderedHtml } from '../site/prerendered';
import { localeOfPath } from '../site/paths';
import { outcomeCodes, outcomes, type Outcome } from './outcomes';
import type { Compose } from './store';

// What the newsletter's route handlers share: the site's address for links, the messages in the subscriber's
// language, and answers in HTML (for the form, which works without JavaScript) or JSON (for API clients).

/** The site's origin for links in messages: SITE_URL in production, else the address the request came to. */
export function siteOrigin(request: Request): string {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/+$/, '');
  const url = new URL(request.url);
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? url.host;
  const proto = request.headers.get('x-forwarded-proto') ?? url.protocol.replace(':', '');
  return `${proto}://${host}`;
}

/**
 * The links in the messages. Confirming opens a page with a button (a link scanner that follows every link in a
 * message must not confirm on the reader's behalf); unsubscribing takes one click. Both carry the reader's
 * language, for the page even when the link has expired.
 */
export function linkMaker(origin: string) {
  return {
    confirm: (token: string, locale: Locale) => `${origin}/${locale}/newsletter/confirm?token=${encodeURIComponent(token)}`,
    unsubscribe: (token: string, locale: Locale) => `${origin}/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}&locale=${locale}`,
  };
}

/** Plain-text messages from messages/{locale}.json (Newsletter.mail). */
export const compose: Compose = async (kind, locale, links, editions) => {
  const t = await getTranslations({ locale, namespace: 'Newsletter.mail' });
  // The editions as a phrase of the sentence: "in Arabic and English", «بالعربية والإنجليزية».
  const phrase = t('editions', { editions: editions.length === 1 ? editions[0]! : 'both' });
  const body = [
    t(`${kind}.body`, { editions: phrase }),
    kind === 'confirm' && links.confirm ? `${t('confirmLink')}\n${links.confirm}` : '',
    kind === 'welcome' ? `${t('unsubscribeLink')}\n${links.unsubscribe}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return { subject: t(`${kind}.subject`), body };
};

/** Whether the client asked for JSON rather than a page. */
export function wantsJson(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  const accept = request.headers.get('accept') ?? '';
  return /^application\/json\b/i.test(type) || (/application\/json/i.test(accept) && !/text\/html/i.test(accept));
}

/** The locale of a request's page: a form field, else the page it came from, else English. */
export function requestLocale(request: Request, field?: string | null): Locale {
  if (isLocale(field)) return field;
  return localeOfPath(refererPath(request.headers.get('referer')));
}

const refererPath = (url: string | null) => {
  try {
    return url ? new URL(url).pathname : '';
  } catch {
    return '';
  }
};

/**
 * The answer for an outcome. JSON clients get `{status}` or `{error, message}`. Browsers are redirected to the page
 * of a success, and get the page of a failure with its 4xx status (in development, without prerendered pages,
 * they are redirected to it instead).
 */
export function outcomeResponse(request: Request, locale: Locale, outcome: Outcome, message?: string): Response {
  const status = outcomes[outcome];
  const headers = { 'cache-control': 'no-store' };
  if (wantsJson(request)) {
    return status < 400
      ? Response.json({ status: outcomeCodes[outcome] }, { status, headers })
      : Response.json({ error: outcomeCodes[outcome], message: message ?? outcome }, { status, headers });
  }
  const page = `/${locale}/newsletter/${outcome}`;
  const html = status >= 400 ? prerenderedHtml(page.slice(1)) : undefined;
  if (html !== undefined) return htmlResponse(html, status);
  return new Response(null, { status: 303, headers: { ...headers, location: page } });
}
