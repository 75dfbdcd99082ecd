import { getAuth } from '@/lib/auth/auth';
import { decodable } from '@/lib/site/decodable';
import { isLocale, type Locale } from '@/lib/locales';
import { safeNext } from '@/lib/review/safe-next';

/**
 * POST /api/review/sign-in: the sign-in form without JavaScript (or sent before the page's script has loaded).
 * It hands the credentials to Better Auth's own endpoint, so its origin check, rate limit and the per-account
 * throttle all apply, then redirects: to the page the reviewer came for, or back to the form with the reason.
 */
export async function POST(request: Request) {
  const type = request.headers.get('content-type') ?? '';
  const text = /^application\/x-www-form-urlencoded\b/i.test(type) ? await request.text() : '';
  const form = text.length <= 4096 && decodable(text) ? new URLSearchParams(text) : new URLSearchParams();
  const locale: Locale = isLocale(form.get('locale')) ? (form.get('locale') as Locale) : 'en';
  const next = safeNext(form.get('next'), locale);
  const back = (error: string) => redirect(`/${locale}/review/sign-in?${new URLSearchParams({ error, next })}`);
  const email = form.get('email');
  const password = form.get('password');
  if (!email || !password) return back('failed');

  const forwarded = new Headers({ 'content-type': 'application/json' });
  for (const name of ['origin', 'user-agent', 'x-forwarded-for', 'x-real-ip', 'cookie']) {
    const value = request.headers.get(name);
    if (value) forwarded.set(name, value);
  }
  const answer = await (await getAuth()).handler(
    new Request(new URL('/api/auth/sign-in/email', request.url), { method: 'POST', headers: forwarded, body: JSON.stringify({ email, password }) }),
  );
  if (!answer.ok) return back(answer.status === 429 ? 'too-many' : answer.status === 403 ? 'refused' : 'failed');
  const response = redirect(next);
  for (const cookie of answer.headers.getSetCookie()) response.headers.append('set-cookie', cookie);
  return response;
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}
