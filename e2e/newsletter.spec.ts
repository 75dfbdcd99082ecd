import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { baseOrigin, newVisitor } from './review-support';
import { expectNoAxeViolations, locales } from './support';

// The newsletter, as a reader meets it: the form in the footer, then the messages in the outbox (the development
// page that stands in for a mailbox here, enabled by scripts/e2e.mjs).

const ui = {
  en: {
    email: 'Email address',
    arabic: 'Arabic',
    english: 'English',
    subscribe: 'Subscribe',
    checkEmail: 'Check your inbox',
    confirmed: 'You’re subscribed',
    unsubscribed: 'You’re unsubscribed',
    invalid: 'That email address doesn’t look right',
    noEdition: 'Choose an edition',
    tooMany: 'Too many sign-ups',
    badLink: 'This link doesn’t work',
    confirmSubject: 'Confirm your Jisr newsletter subscription',
    confirmButton: 'Confirm my subscription',
    welcomeBody: 'You will receive the newsletter in Arabic and English.',
  },
  ar: {
    email: 'البريد الإلكتروني',
    arabic: 'العربية',
    english: 'الإنجليزية',
    subscribe: 'اشترك',
    checkEmail: 'تفقّد بريدك',
    confirmed: 'اكتمل اشتراكك',
    unsubscribed: 'أُلغي اشتراكك',
    invalid: 'يبدو أن عنوان البريد الإلكتروني غير صحيح',
    noEdition: 'اختر لغة النشرة',
    tooMany: 'محاولات اشتراك كثيرة',
    badLink: 'هذا الرابط لا يعمل',
    confirmSubject: 'أكّد اشتراكك في نشرة جسر',
    confirmButton: 'أكّد اشتراكي',
    welcomeBody: 'ستصلك النشرة بالعربية والإنجليزية.',
  },
};

const address = () => `reader-${crypto.randomBytes(5).toString('hex')}@example.org`;

/** The newest message to `to` of a kind, on the outbox page. */
async function message(page: Page, locale: string, to: string, kind: 'confirm' | 'welcome' | 'unsubscribed') {
  await page.goto(`/${locale}/dev/outbox`);
  return page.locator(`li[data-to="${to}"][data-kind="${kind}"]`).first();
}

/**
 * Follows the link in the newest confirmation message: a page with a button, which alone confirms (so that a mail
 * scanner opening the link does not).
 */
async function confirmFromMessage(page: Page, locale: 'en' | 'ar', email: string, { axe = false } = {}) {
  const confirmation = await message(page, locale, email, 'confirm');
  await confirmation.getByRole('link', { name: new RegExp(`/${locale}/newsletter/confirm\\?token=`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? 'Confirm your subscription' : 'أكّد اشتراكك');
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole('button', { name: ui[locale].confirmButton }).click();
  await expect(page).toHaveURL(`/${locale}/newsletter/confirmed`);
}

async function signUp(page: Page, locale: 'en' | 'ar', email: string, editions: Array<'arabic' | 'english'>) {
  const form = page.locator('#newsletter');
  await form.getByLabel(ui[locale].email).fill(email);
  for (const edition of ['arabic', 'english'] as const) await form.getByLabel(ui[locale][edition], { exact: true }).setChecked(editions.includes(edition));
  const response = page.waitForResponse((r) => r.url().endsWith('/api/newsletter'));
  await form.getByRole('button', { name: ui[locale].subscribe }).click();
  return (await response).status();
}

for (const locale of locales) {
  test(`without JavaScript, a reader in ${locale} subscribes, confirms from the message and unsubscribes in one click`, async ({ browser }, info) => {
    const context = await newVisitor(browser, { ...info.project.use, javaScriptEnabled: false });
    const page = await context.newPage();
    const email = address();
    await page.goto(`/${locale}/reports/trnc-explained`);
    // The form is in the footer of every page, with the page's language ticked.
    await expect(page.locator('#newsletter').getByLabel(ui[locale][locale === 'ar' ? 'arabic' : 'english'], { exact: true })).toBeChecked();
    expect(await signUp(page, locale, email, ['arabic', 'english'])).toBe(303);
    await expect(page).toHaveURL(`/${locale}/newsletter/check-email`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[locale].checkEmail);

    const confirmation = await message(page, locale, email, 'confirm');
    await expect(confirmation).toContainText(ui[locale].confirmSubject);
    // Nothing to unsubscribe from yet, so no such link.
    await expect(confirmation.getByRole('link', { name: /unsubscribe/ })).toHaveCount(0);
    await expect(page.locator(`tr[data-subscriber="${email}"]`)).toHaveAttribute('data-status', 'pending');
    // Opening the link, as a mail scanner would, confirms nothing.
    await page.goto((await confirmation.getByRole('link', { name: /confirm\?token=/ }).getAttribute('href'))!);
    await page.goto(`/${locale}/dev/outbox`);
    await expect(page.locator(`tr[data-subscriber="${email}"]`)).toHaveAttribute('data-status', 'pending');
    await confirmFromMessage(page, locale, email);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[locale].confirmed);

    const welcome = await message(page, locale, email, 'welcome');
    await expect(welcome).toContainText(ui[locale].welcomeBody);
    await expect(page.locator(`tr[data-subscriber="${email}"]`)).toHaveAttribute('data-status', 'confirmed');
    const unsubscribe = welcome.getByRole('link', { name: /\/unsubscribe\?token=/ });
    const href = (await unsubscribe.getAttribute('href'))!;
    await unsubscribe.click();
    await expect(page).toHaveURL(`/${locale}/newsletter/unsubscribed`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[locale].unsubscribed);
    // The link again: the same page, and no second message.
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[locale].unsubscribed);
    await page.goto(`/${locale}/dev/outbox`);
    const notice = page.locator(`li[data-to="${email}"][data-kind="unsubscribed"]`);
    await expect(notice).toHaveCount(1);
    await expect(notice.getByRole('link')).toHaveCount(0);
    await expect(page.locator(`tr[data-subscriber="${email}"]`)).toHaveAttribute('data-status', 'unsubscribed');
    await context.close();
  });

  test(`a bad address or no edition gets a clear ${locale} error with a 400, and nothing is sent`, async ({ browser }, info) => {
    const context = await newVisitor(browser, info.project.use);
    const page = await context.newPage();
    await page.goto(`/${locale}`);
    // Passes the browser's own check, not the server's.
    expect(await signUp(page, locale, 'reader@localhost', ['arabic'])).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[locale].invalid);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);

    await page.goto(`/${locale}`);
    const email = address();
    expect(await signUp(page, locale, email, [])).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[locale].noEdition);
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/dev/outbox`);
    await expect(page.locator(`li[data-to="${email}"]`)).toHaveCount(0);
    await context.close();
  });
}

test('signing up again is harmless and never loses a confirmed subscription', async ({ browser, isMobile }) => {
  test.skip(isMobile, 'one run is enough for the server behaviour');
  const context = await newVisitor(browser);
  const page = await context.newPage();
  const email = address();
  await page.goto('/en');
  await signUp(page, 'en', email, ['arabic', 'english']);
  await confirmFromMessage(page, 'en', email, { axe: true });
  await expectNoAxeViolations(page);

  // The same address, twice more, for English only: still confirmed for both, the change waiting for its owner.
  for (let i = 0; i < 2; i++) {
    await page.goto('/ar');
    expect(await signUp(page, 'ar', email.toUpperCase(), ['english'])).toBe(303);
  }
  await page.goto('/en/dev/outbox');
  const row = page.locator(`tr[data-subscriber="${email}"]`);
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'confirmed');
  await expect(row).toHaveAttribute('data-editions', 'ar,en');
  await context.close();
});

test('a filled-in honeypot looks like success but stores and sends nothing; bad links get a 404 page', async ({ request, isMobile }) => {
  test.skip(isMobile, 'one run is enough for the server behaviour');
  const email = address();
  const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: baseOrigin(), 'x-forwarded-for': '10.200.0.1' };
  const bot = await request.post('/api/newsletter', { headers, data: `email=${email}&edition=en&locale=en&website=https%3A%2F%2Fspam.example`, maxRedirects: 0 });
  expect(bot.status()).toBe(303);
  expect(bot.headers().location).toBe('/en/newsletter/check-email');
  const outbox = await (await request.get('/en/dev/outbox')).text();
  expect(outbox).not.toContain(email);

  // An unknown or used link, opened from a mail program (no referer): the page is in the link's language.
  for (const path of ['/api/newsletter/unsubscribe?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&locale=ar', '/api/newsletter/unsubscribe?locale=ar']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).toContain(ui.ar.badLink);
  }
  const unknown = await request.post('/api/newsletter/confirm', { form: { token: 'A'.repeat(32), locale: 'ar' }, headers: { origin: baseOrigin() } });
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain(ui.ar.badLink);
  // The confirmation page needs a token of the right shape.
  for (const path of ['/ar/newsletter/confirm', '/ar/newsletter/confirm?token=a&token=b', '/ar/newsletter/confirm?token=%3Cscript%3E']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('one inbox gets at most three confirmation messages an hour, however many addresses ask', async ({ request, isMobile }) => {
  test.skip(isMobile, 'one run is enough for the server behaviour');
  const email = address();
  for (let i = 0; i < 5; i++) {
    const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: baseOrigin(), 'x-forwarded-for': `10.203.0.${i + 1}` };
    const response = await request.post('/api/newsletter', { headers, data: `email=${email}&edition=en&locale=en`, maxRedirects: 0 });
    // The same answer every time: nothing is revealed about the address.
    expect(response.headers().location).toBe('/en/newsletter/check-email');
  }
  const outbox = await (await request.get('/en/dev/outbox')).text();
  expect(outbox.split(`data-to="${email}"`).length - 1).toBe(3);
});

test('sign-ups are limited per address: the sixth in 15 minutes gets a localized 429', async ({ request, isMobile }) => {
  test.skip(isMobile, 'one run is enough for the server behaviour');
  const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: baseOrigin(), 'x-forwarded-for': '10.201.0.1' };
  const statuses = [];
  for (let i = 0; i < 6; i++) {
    const response = await request.post('/api/newsletter', { headers, data: `email=${address()}&edition=ar&locale=ar`, maxRedirects: 0 });
    statuses.push(response.status());
    if (i === 5) expect(await response.text()).toContain(ui.ar.tooMany);
  }
  expect(statuses).toEqual([303, 303, 303, 303, 303, 429]);
  // Another address is not affected.
  const other = await request.post('/api/newsletter', { headers: { ...headers, 'x-forwarded-for': '10.201.0.2' }, data: `email=${address()}&edition=ar&locale=ar`, maxRedirects: 0 });
  expect(other.status()).toBe(303);
});

test.describe('malformed input to the new route handlers gets a 4xx, never a 500', () => {
  test.skip(({ isMobile }) => isMobile, 'the same at every viewport');
  const form = { 'content-type': 'application/x-www-form-urlencoded', origin: baseOrigin() };
  let n = 0;
  // Each case from an address of its own, so the per-address limit is not what answers.
  const from = () => ({ 'x-forwarded-for': `10.202.${Math.floor(n / 250)}.${(n++ % 250) + 1}` });

  const newsletterCases: Array<[string, { headers: Record<string, string>; data: string }, number, string]> = [
    ['a huge body', { headers: form, data: `email=${'a'.repeat(6000)}@example.org&edition=en` }, 413, 'payload_too_large'],
    ['invalid percent-encoding', { headers: form, data: 'email=reader%E0%A4%A@example.org&edition=en' }, 400, 'bad_request'],
    ['a wrong content type', { headers: { ...form, 'content-type': 'text/plain' }, data: 'email=reader@example.org&edition=en' }, 415, 'unsupported_media_type'],
    ['a missing field', { headers: form, data: 'edition=en&locale=en' }, 400, 'invalid_email'],
    ['extra fields', { headers: form, data: `email=${address()}&edition=en&admin=1` }, 400, 'bad_request'],
    ['a repeated field', { headers: form, data: `email=${address()}&email=${address()}&edition=en` }, 400, 'bad_request'],
    ['an unknown edition', { headers: form, data: `email=${address()}&edition=fr` }, 400, 'bad_request'],
    ['broken JSON', { headers: { ...form, 'content-type': 'application/json' }, data: '{"email": ' }, 400, 'bad_request'],
    ['JSON with extra fields', { headers: { ...form, 'content-type': 'application/json' }, data: JSON.stringify({ email: address(), editions: ['ar'], role: 'admin' }) }, 400, 'bad_request'],
  ];
  for (const [name, { headers, data }, status, code] of newsletterCases) {
    test(`POST /api/newsletter with ${name}`, async ({ request }) => {
      const response = await request.post('/api/newsletter', { headers: { ...headers, ...from(), accept: 'application/json' }, data, maxRedirects: 0 });
      expect(response.status()).toBe(status);
      expect(await response.json()).toMatchObject({ error: code });
    });
  }

  test('POST /api/newsletter from another site', async ({ request }) => {
    const response = await request.post('/api/newsletter', { headers: { ...form, ...from(), origin: 'https://evil.example' }, data: `email=${address()}&edition=en` });
    expect(response.status()).toBe(403);
  });

  const linkCases = ['', '?token=', `?token=${'A'.repeat(5000)}`, '?token=%E0%A4%A', '?token=abc&token=def', '?token=AAAAAAAAAAAAAAAAAAAAAAAA&extra=1'];
  test('GET /api/newsletter/unsubscribe with bad tokens', async ({ request }) => {
    for (const query of linkCases) {
      const response = await request.get(`/api/newsletter/unsubscribe${query}`, { headers: { accept: 'application/json' } });
      expect(response.status(), query).toBeGreaterThanOrEqual(400);
      expect(response.status(), query).toBeLessThan(500);
    }
    expect((await request.get('/api/newsletter/%E0%A4%A/unsubscribe')).status()).toBe(400);
  });

  const confirmCases: Array<[string, { headers: Record<string, string>; data: string }, number]> = [
    ['a missing token', { headers: form, data: 'locale=en' }, 404],
    ['a malformed token', { headers: form, data: 'token=%3Cscript%3E' }, 404],
    ['a huge token', { headers: form, data: `token=${'A'.repeat(6000)}` }, 413],
    ['invalid percent-encoding', { headers: form, data: 'token=AAAAAAAAAAAAAAAA%E0%A4%A' }, 404],
    ['a wrong content type', { headers: { ...form, 'content-type': 'text/plain' }, data: 'token=AAAAAAAAAAAAAAAAAAAA' }, 415],
    ['extra fields', { headers: form, data: 'token=AAAAAAAAAAAAAAAAAAAA&admin=1' }, 404],
    ['a repeated token', { headers: form, data: 'token=AAAAAAAAAAAAAAAAAAAA&token=BBBBBBBBBBBBBBBBBBBB' }, 404],
  ];
  for (const [name, { headers, data }, status] of confirmCases) {
    test(`POST /api/newsletter/confirm with ${name}`, async ({ request }) => {
      const response = await request.post('/api/newsletter/confirm', { headers: { ...headers, accept: 'application/json' }, data, maxRedirects: 0 });
      expect(response.status()).toBe(status);
      expect(await response.json()).toMatchObject({ error: expect.any(String) });
    });
  }
  test('GET /api/newsletter/confirm confirms nothing', async ({ request }) => {
    expect((await request.get('/api/newsletter/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAA')).status()).toBe(405);
  });

  const searchCases: Array<[string, string]> = [
    ['a query over 200 characters', `q=${'بحث'.repeat(100)}`],
    ['invalid percent-encoding', 'q=%E0%A4%A'],
    ['a missing field', 'locale=en'],
    ['extra fields', 'q=amnesty&debug=1'],
    ['a repeated field', 'q=amnesty&q=syria'],
    ['a bad limit', 'q=amnesty&limit=100000'],
  ];
  for (const [name, query] of searchCases) {
    test(`GET /api/search with ${name}`, async ({ request }) => {
      const response = await request.get(`/api/search?${query}`);
      expect(response.status()).toBe(400);
      expect(await response.json()).toMatchObject({ error: expect.any(String) });
    });
  }
  test('GET /api/search with a huge query', async ({ request }) => {
    // Past what the server takes in a request line: refused before the handler, still a 4xx.
    const response = await request.get(`/api/search?q=${'بحث'.repeat(2000)}`);
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  });
  test('POST /api/search (a wrong method and content type)', async ({ request }) => {
    const response = await request.post('/api/search?q=amnesty', { headers: { 'content-type': 'text/plain' }, data: 'amnesty' });
    expect(response.status()).toBe(405);
  });
});
