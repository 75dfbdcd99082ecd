import fs from 'node:fs';
import path from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { desktopOnly, locales, pageTypes, slugs, type Locale } from './support';

// Feeds, sitemap, robots.txt and each page's links and metadata, as a feed reader or a crawler reads them.
desktopOnly();

// scripts/e2e.mjs sets SITE_URL to the server's own address, so every absolute URL can also be opened.
const site = process.env.SITE_URL || `http://127.0.0.1:${process.env.E2E_PORT || 3100}`;

/** Strict XML: any warning or error from the parser fails the test. */
function parseXml(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(text, 'text/xml');
  expect(problems).toEqual([]);
  return doc;
}

const children = (parent: Document | Element, name: string) => Array.from(parent.getElementsByTagName(name) as unknown as ArrayLike<Element>);
const textOf = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? null;

/** The reports as content/ has them, read independently of the app's loader. */
const reports = fs
  .readdirSync('content/reports')
  .map((file) => JSON.parse(fs.readFileSync(path.join('content/reports', file), 'utf8')) as { slug: string; publishedAt: string; headline: Record<string, string> })
  .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));

const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const arabicLetters = /[\u0600-\u06FF]/;

async function opens(request: APIRequestContext, url: string) {
  expect(url.startsWith(`${site}/`), url).toBe(true);
  // As a link checker, which the reading count leaves out (other specs count readers at the same time).
  const response = await request.get(url, { maxRedirects: 0, headers: { 'user-agent': 'JisrLinkCheck/1.0 (bot)' } });
  expect(response.status(), url).toBe(200);
}

for (const locale of locales) {
  test(`the ${locale} RSS feed is valid RSS 2.0 in ${locale}, every item dated and linked`, async ({ request }) => {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const doc = parseXml(await response.text());
    const rss = doc.documentElement!;
    expect(rss.tagName).toBe('rss');
    expect(rss.getAttribute('version')).toBe('2.0');
    const channel = children(rss, 'channel')[0]!;
    expect(textOf(channel, 'language')).toBe(locale);
    expect(textOf(channel, 'link')).toBe(`${site}/${locale}`);
    expect(textOf(channel, 'lastBuildDate')).toMatch(rfc822);
    expect(children(channel, 'atom:link')[0]!.getAttribute('href')).toBe(`${site}/${locale}/feed.xml`);

    const items = children(channel, 'item');
    const expected = reports.filter((r) => r.headline[locale]);
    expect(items.map((item) => textOf(item, 'link'))).toEqual(expected.map((r) => `${site}/${locale}/reports/${r.slug}`));
    for (const [i, item] of items.entries()) {
      const report = expected[i]!;
      expect(textOf(item, 'title')).toBe(report.headline[locale]);
      // The headline is in the feed's language: Arabic letters in the Arabic feed, none in the English one.
      expect(arabicLetters.test(textOf(item, 'title')!)).toBe(locale === 'ar');
      const pubDate = textOf(item, 'pubDate')!;
      expect(pubDate).toMatch(rfc822);
      expect(Date.parse(pubDate)).toBe(Date.parse(report.publishedAt));
      expect(textOf(item, 'guid')).toBe(textOf(item, 'link'));
      expect(children(item, 'category').length).toBeGreaterThan(0);
      for (const enclosure of children(item, 'enclosure')) {
        expect(enclosure.getAttribute('type')).toMatch(/^image\//);
        expect(Number(enclosure.getAttribute('length'))).toBeGreaterThan(0);
        await opens(request, enclosure.getAttribute('url')!);
      }
      await opens(request, textOf(item, 'link')!);
    }
  });

  test(`pages in ${locale} announce the ${locale} feed`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${site}/${locale}/feed.xml`);
    const footerLink = page.locator('footer a[type="application/rss+xml"]');
    await expect(footerLink).toHaveText(locale === 'en' ? 'RSS feed' : 'خلاصة RSS');
    await expect(footerLink).toHaveAttribute('href', `/${locale}/feed.xml`);
  });
}

test('the sitemap lists every reader page in both languages, with hreflang alternates and x-default', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const urls = children(parseXml(await response.text()), 'url');
  const locs = urls.map((url) => textOf(url, 'loc')!);
  for (const slug of reports.map((r) => r.slug)) {
    for (const locale of locales) expect(locs).toContain(`${site}/${locale}/reports/${slug}`);
  }
  for (const path of ['', '/popular', '/sections/syria', '/sections/syria/page/2', '/tags/alawites']) {
    for (const locale of locales) expect(locs).toContain(`${site}/${locale}${path}`);
  }
  expect(locs.some((loc) => loc.includes('/review') || loc.includes('/search') || loc.includes('/newsletter'))).toBe(false);
  expect(new Set(locs).size).toBe(locs.length);

  for (const url of urls) {
    const loc = textOf(url, 'loc')!;
    const path = loc.replace(/^.+?\/(en|ar)(?=\/|$)/, '');
    const links = Object.fromEntries(children(url, 'xhtml:link').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(links, loc).toEqual({ en: `${site}/en${path}`, ar: `${site}/ar${path}`, 'x-default': `${site}${path || '/'}` });
    await opens(request, loc);
  }
});

test('x-default, the address without a language, sends each reader to theirs', async ({ request }) => {
  const toArabic = await request.get(`${site}/reports/${slugs.main}`, { headers: { 'accept-language': 'ar' }, maxRedirects: 0 });
  expect(toArabic.headers()['location']).toMatch(new RegExp(`/ar/reports/${slugs.main}$`));
  const toEnglish = await request.get(`${site}/reports/${slugs.main}`, { headers: { 'accept-language': 'en-GB,en', cookie: '' }, maxRedirects: 0 });
  expect(toEnglish.headers()['location']).toMatch(new RegExp(`/en/reports/${slugs.main}$`));
});

test('robots.txt points to the sitemap and keeps crawlers out of the API and the workbench', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain(`Sitemap: ${site}/sitemap.xml`);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
  expect(text).toMatch(/^Disallow: \/ar\/review$/m);
});

const ogLocale: Record<Locale, string> = { en: 'en_GB', ar: 'ar_AR' };

for (const locale of locales) {
  test(`every page in ${locale} has a canonical link, language links and Open Graph in ${locale}`, async ({ request }) => {
    for (const [name, pagePath] of Object.entries(pageTypes)) {
      if (name === 'notFound') continue;
      const html = await (await request.get(`/${locale}${pagePath}`)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const attr = (selector: RegExp) => [...head.matchAll(selector)].map((m) => m[1]);
      // Query strings are left out; the paired views name the single view as canonical and link to themselves in the
      // other language.
      const own = pagePath.replace(/\?.*$/, '');
      const plain = own.replace(/\/(?:parallel|interleaved)$/, '');
      expect(attr(/<link rel="canonical" href="([^"]+)"/g), name).toEqual([`${site}/${locale}${plain}`]);
      // Compared as URLs: Next writes the bare origin without its final slash.
      const alternates = Object.fromEntries([...head.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], new URL(m[2]!).href]));
      expect(alternates, name).toEqual({ en: `${site}/en${own}`, ar: `${site}/ar${own}`, 'x-default': `${site}${own || '/'}` });
      expect(attr(/<meta property="og:locale" content="([^"]+)"/g), name).toEqual([ogLocale[locale]]);
      expect(attr(/<meta property="og:url" content="([^"]+)"/g), name).toEqual([`${site}/${locale}${plain}`]);
      const [ogTitle] = attr(/<meta property="og:title" content="([^"]+)"/g);
      expect(ogTitle, name).toBeTruthy();
      expect(arabicLetters.test(ogTitle!), `${name}: ${ogTitle}`).toBe(locale === 'ar');
    }
  });
}

test('a report and its translation say which is which in JSON-LD', async ({ page }) => {
  const jsonLd = async (url: string) => {
    await page.goto(url);
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    return JSON.parse((await scripts.textContent())!);
  };
  // English original, Arabic translation.
  const original = await jsonLd(`/en/reports/${slugs.main}`);
  expect(original).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en', url: `${site}/en/reports/${slugs.main}`, workTranslation: [{ inLanguage: 'ar', url: `${site}/ar/reports/${slugs.main}` }] });
  expect(original.translationOfWork).toBeUndefined();
  const translation = await jsonLd(`/ar/reports/${slugs.main}`);
  expect(translation).toMatchObject({ inLanguage: 'ar', translationOfWork: { inLanguage: 'en', url: `${site}/en/reports/${slugs.main}` } });
  expect(translation.headline).toMatch(arabicLetters);
  // And the other way round for an Arabic original.
  expect(await jsonLd(`/en/reports/${slugs.arabicOriginal}`)).toMatchObject({ inLanguage: 'en', translationOfWork: { inLanguage: 'ar' } });
  expect(await jsonLd(`/ar/reports/${slugs.arabicOriginal}`)).toMatchObject({ inLanguage: 'ar', workTranslation: [{ inLanguage: 'en' }] });
  // The paired views are not separate articles.
  await page.goto(`/en/reports/${slugs.main}/parallel`);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
});

test('the feed and lite handlers take no input: bad paths get a 4xx, a stray query changes nothing', async ({ request }) => {
  for (const path of ['/en/feed.xml/extra', '/en/feed.xml/%E0%A4%A', '/ar/lite/reports/%E0%A4%A', '/ar/lite/reports/x/y', '/en/lite/other']) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
  const stray = await request.get(`/en/feed.xml?q=${'x'.repeat(1000)}&debug=1`);
  expect(stray.status()).toBe(200);
  expect(await stray.text()).toContain('<rss');
});

for (const locale of locales) {
  test(`Jisr installs as an app in ${locale}: a manifest in that language, opening on its front page`, async ({ page, request }) => {
    await page.goto(`/${locale}/reports/${slugs.main}`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`/${locale}/manifest.webmanifest`);
    const response = await request.get(href!);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = await response.json();
    expect(manifest).toMatchObject({ lang: locale, dir: locale === 'ar' ? 'rtl' : 'ltr', start_url: `/${locale}`, scope: `/${locale}`, display: 'standalone' });
    expect(arabicLetters.test(manifest.name)).toBe(locale === 'ar');
    // Each PNG icon loads and is the size it claims.
    for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
      const png = await (await request.get(icon.src)).body();
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
    expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  });
}
