import { expect, request as playwrightRequest, test, type APIRequestContext, type Browser } from '@playwright/test';
import { people, password } from './review-support';
import { expectNoAxeViolations, locales, slugs, type Locale } from './support';
import { publish, publishText, removeReport, reportFile, saveInPlace, startLiveServer, type LiveServer } from './live-server';

// Publishing on a running server, with no rebuild: a report file written, corrected, broken and removed in a copy
// of the content, and what readers and the desk then see on every surface. The change must show within 2 s; after
// that, every other surface must already agree (one content version per process), so they are read at once.

const latency = 2_000;
const views = ['', '/parallel', '/interleaved'] as const;

let server: LiveServer;
let http: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startLiveServer();
  http = await playwrightRequest.newContext({ baseURL: server.origin });
});

test.afterAll(async () => {
  await http?.dispose();
  await server?.stop();
});

/** A new report, newest of all, with words no other report has. */
function newReport(id: string) {
  const base = reportFile(server.contentDir, slugs.main);
  // Not part of the original's story, and new: no update time before its publication.
  delete base.story;
  delete base.updatedAt;
  return {
    ...base,
    section: 'syria',
    slug: `live-${id}`,
    publishedAt: new Date().toISOString(),
    headline: { en: `Quokkafest ${id} opens on the coast`, ar: `افتتاح مهرجان زنجبيلستان ${id} على الساحل` },
  };
}

const status = async (path: string) => (await http.get(path, { maxRedirects: 0 })).status();
const body = async (path: string) => (await http.get(path)).text();
/** Waits, at most the publishing latency, until the path answers `expected`. */
const answers = (path: string, expected: number) => expect.poll(() => status(path), { timeout: latency, intervals: [50] }).toBe(expected);

/** Every surface that lists or links a report, and whether it shows `text`. */
async function surfaces(locale: Locale, slug: string, section: string) {
  const pages = [`/${locale}`, `/${locale}/sections/${section}`, `/${locale}/lite`, `/${locale}/feed.xml`, '/sitemap.xml', `/${locale}/review`];
  return Object.fromEntries(await Promise.all(pages.map(async (p) => [p, (await body(p)).includes(slug)] as const)));
}

async function signedIn(browser: Browser) {
  const context = await browser.newContext({ baseURL: server.origin });
  const response = await context.request.post('/api/auth/sign-in/email', {
    data: { email: people.amal.email, password: password() },
    headers: { origin: server.origin },
  });
  expect(response.status()).toBe(200);
  return context;
}

for (const locale of locales) {
  const search = (q: string) => `/${locale}/search?q=${encodeURIComponent(q)}`;
  const word = locale === 'en' ? 'Quokkafest' : 'زنجبيلستان';

  test(`${locale}: a new report file is published on every surface within 2 s`, async ({ page, isMobile }) => {
    const report = newReport(`${locale}-${isMobile ? 'm' : 'd'}-new`);
    publish(server.contentDir, report);
    await answers(`/${locale}/reports/${report.slug}`, 200);

    for (const view of views) expect(await status(`/${locale}/reports/${report.slug}${view}`), view).toBe(200);
    expect(await status(`/${locale}/lite/reports/${report.slug}`)).toBe(200);
    expect(await status(`/${locale}/review/${report.slug}`)).toBe(200);
    expect(await surfaces(locale, report.slug, report.section)).toEqual({
      [`/${locale}`]: true,
      [`/${locale}/sections/${report.section}`]: true,
      [`/${locale}/lite`]: true,
      [`/${locale}/feed.xml`]: true,
      '/sitemap.xml': true,
      [`/${locale}/review`]: true,
    });
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(await body(`/${locale}/reports/${report.slug}`))?.[1];
    expect(JSON.parse(jsonLd!).headline).toBe(report.headline[locale]);
    const api = await (await http.get(`/api/search?q=${encodeURIComponent(word)}&locale=${locale}`)).json();
    expect(api.results.map((r: { slug: string }) => r.slug)).toContain(report.slug);

    // As a reader: from the front page to the report, and from a search result to the same report.
    await page.goto(`${server.origin}/${locale}`);
    // The lead story's heading, not the moving ticker's copy of the same link.
    await page.getByRole('heading', { name: report.headline[locale] }).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.headline[locale]);
    await page.goto(`${server.origin}${search(word)}`);
    await page.getByRole('link', { name: report.headline[locale] }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/reports/${report.slug}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.headline[locale]);
  });

  test(`${locale}: a correction saved in place shows everywhere within 2 s`, async ({ page, isMobile }) => {
    const report = newReport(`${locale}-${isMobile ? 'm' : 'd'}-fix`);
    publish(server.contentDir, report);
    await answers(`/${locale}/reports/${report.slug}`, 200);
    await page.goto(`${server.origin}/${locale}/reports/${report.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.headline[locale]);

    const corrected = { ...report, headline: { en: `Quokkafest ${report.slug} corrected`, ar: `تصحيح زنجبيلستان ${report.slug}` } };
    saveInPlace(server.contentDir, corrected);
    await expect
      .poll(async () => (await body(`/${locale}/reports/${report.slug}`)).includes(corrected.headline[locale]), { timeout: latency, intervals: [50] })
      .toBe(true);
    for (const path of [...views.map((v) => `/${locale}/reports/${report.slug}${v}`), `/${locale}`, `/${locale}/lite`, `/${locale}/lite/reports/${report.slug}`, `/${locale}/feed.xml`, search(word)]) {
      const html = await body(path);
      expect(html.includes(corrected.headline[locale]), path).toBe(true);
      expect(html.includes(report.headline[locale]), path).toBe(false);
    }
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(corrected.headline[locale]);
  });

  test(`${locale}: an invalid file keeps the last valid version, is listed for the desk and logged once`, async ({ browser, isMobile }) => {
    const report = newReport(`${locale}-${isMobile ? 'm' : 'd'}-bad`);
    publish(server.contentDir, report);
    await answers(`/${locale}/reports/${report.slug}`, 200);

    // A correction that breaks the contract, and a new file that is not even JSON.
    saveInPlace(server.contentDir, { ...report, headline: { en: 'Broken edit', ar: 'تعديل معطوب' }, updatedAt: '2000-01-01T00:00:00Z' });
    const broken = `broken-${report.slug}`;
    publishText(server.contentDir, broken, `{"slug": "${broken}", "headline": {"en": "Half`);

    const context = await signedIn(browser);
    const page = await context.newPage();
    await page.goto(`/${locale}/review/content-status`);
    const problems = page.locator('[data-problem]');
    await expect(problems.filter({ hasText: `reports/${report.slug}.json` })).toContainText('$.updatedAt');
    await expect(problems.filter({ hasText: `reports/${broken}.json` })).toBeVisible();
    await expect(problems.filter({ hasText: `reports/${report.slug}.json` })).toContainText(locale === 'en' ? 'last valid version' : 'آخر نسخة سليمة');
    await expect(problems.filter({ hasText: `reports/${broken}.json` })).toContainText(locale === 'en' ? 'Not published' : 'لن يُنشر');
    await expectNoAxeViolations(page);
    await context.close();

    // Readers still get the last valid version, the broken new file is not there, and everything else answers.
    for (let i = 0; i < 3; i++) {
      const html = await body(`/${locale}/reports/${report.slug}`);
      expect(html).toContain(report.headline[locale]);
      expect(html).not.toContain(locale === 'en' ? 'Broken edit' : 'تعديل معطوب');
    }
    expect(await status(`/${locale}/reports/${broken}`)).toBe(404);
    for (const path of [`/${locale}`, `/${locale}/sections/syria`, search(word), `/${locale}/feed.xml`, '/sitemap.xml', `/${locale}/lite`, `/${locale}/review`]) {
      expect(await status(path), path).toBe(200);
    }
    // One log line per problem, however many requests met it.
    await expect.poll(() => server.log().split(`${report.slug}.json: $.updatedAt`).length - 1).toBe(1);
    removeReport(server.contentDir, broken);
  });

  test(`${locale}: a removed report answers 404 everywhere at once`, async ({ page, isMobile }) => {
    const report = newReport(`${locale}-${isMobile ? 'm' : 'd'}-gone`);
    publish(server.contentDir, report);
    await answers(`/${locale}/reports/${report.slug}`, 200);
    await page.goto(`${server.origin}/${locale}/reports/${report.slug}`);

    removeReport(server.contentDir, report.slug);
    await answers(`/${locale}/reports/${report.slug}`, 404);
    for (const view of views) expect(await status(`/${locale}/reports/${report.slug}${view}`), view).toBe(404);
    expect(await status(`/${locale}/lite/reports/${report.slug}`)).toBe(404);
    expect(Object.values(await surfaces(locale, report.slug, report.section)).some(Boolean)).toBe(false);
    expect(await body(search(word))).not.toContain(report.slug);
    // A reader on the page when it went sees the localized not-found page on reload.
    const response = await page.reload();
    expect(response!.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  });
}
