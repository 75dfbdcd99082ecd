import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { Locale } from './support';

// Accounts made by scripts/e2e.mjs for this run.
export const people = {
  amal: { email: 'amal@jisr.test', name: 'Amal Haddad' },
  ben: { email: 'ben@jisr.test', name: 'Ben Okafor' },
  carla: { email: 'carla@jisr.test', name: 'Carla Reader' },
};
export const password = () => {
  const value = process.env.E2E_PASSWORD;
  if (!value) throw new Error('Run the browser tests with `npm run test:e2e`, which creates the test accounts.');
  return value;
};

/**
 * A browser context of its own, seen from its own client address: sign-in is rate-limited per address, and the
 * tests sign in far more often than a person would.
 */
export async function newVisitor(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const octet = () => 1 + Math.floor(Math.random() * 250);
  return browser.newContext({ ...options, extraHTTPHeaders: { 'x-forwarded-for': `10.${octet()}.${octet()}.${octet()}` } });
}

/** Signs in through the form, starting from a workbench page, and comes back to it. */
export async function signIn(page: Page, locale: Locale, who: keyof typeof people, slug: string) {
  await page.goto(`/${locale}/review/${slug}`);
  await page.getByRole('link', { name: locale === 'en' ? 'Sign in to review' : 'سجّل الدخول للمراجعة' }).click();
  // In the sign-in form, not the newsletter's in the footer.
  const main = page.getByRole('main');
  await main.getByLabel(locale === 'en' ? 'Email address' : 'البريد الإلكتروني').fill(people[who].email);
  await main.getByLabel(locale === 'en' ? 'Password' : 'كلمة المرور').fill(password());
  await main.getByRole('button', { name: locale === 'en' ? 'Sign in' : 'دخول' }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/review/${slug}$`));
  await expect(page.getByText(people[who].name)).toBeVisible();
}

/** Signs in over the API, for tests of the API itself: the request context keeps the session cookie. */
export async function signInApi(request: APIRequestContext, who: keyof typeof people) {
  const response = await request.post('/api/auth/sign-in/email', { data: { email: people[who].email, password: password() }, headers: { origin: baseOrigin() } });
  expect(response.status()).toBe(200);
}

export const baseOrigin = () => `http://127.0.0.1:${process.env.E2E_PORT || 3100}`;

export type Segment = { id: string; state: string; version: number; target?: string; checks: unknown[]; comments: number };
export async function segmentsOf(request: APIRequestContext, slug: string): Promise<Segment[]> {
  const response = await request.get(`/api/review/${slug}`);
  expect(response.status()).toBe(200);
  return (await response.json()).segments;
}
