import { expect, test } from '@playwright/test';
import { desktopOnly, dynamicPageTypes, locales, pageTypes, slugs } from './support';

test.describe('the root address', () => {
  desktopOnly();

  for (const [acceptLanguage, expected] of [
    ['ar-EG,ar;q=0.9,en;q=0.5', '/ar'],
    ['en-GB,en;q=0.9', '/en'],
    ['fr-FR,fr;q=0.9', '/en'],
  ] as const) {
    test(`sends Accept-Language "${acceptLanguage}" to ${expected}`, async ({ request }) => {
      const response = await request.get('/', { headers: { 'accept-language': acceptLanguage }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers().location!, 'http://x').pathname).toBe(expected);
    });
  }

  test('prefers the language the reader last chose over Accept-Language', async ({ page, context }) => {
    await context.setExtraHTTPHeaders({ 'accept-language': 'en-GB,en;q=0.9' });
    await page.goto('/ar');
    await page.goto('/');
    await expect(page).toHaveURL(/\/ar$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });
});

test.describe('missing pages', () => {
  desktopOnly();

  for (const locale of locales) {
    const heading = locale === 'en' ? 'Page not found' : 'الصفحة غير موجودة';
    for (const path of ['/no-such-page', `/reports/no-such-report`, `/reports/${slugs.main}?view=sideways`, '/sections/sport', '/reports']) {
      test(`/${locale}${path} is a localized 404, complete without JavaScript`, async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        const response = await page.goto(`/${locale}${path}`);
        expect(response!.status()).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        await expect(page.getByRole('navigation').first()).toBeVisible();
        await context.close();
      });
    }
  }

  test('an unknown locale ends on the English 404', async ({ page }) => {
    const response = await page.goto('/fr/reports/x');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('static pages', () => {
  desktopOnly();

  for (const locale of locales) {
    for (const [name, path] of Object.entries(pageTypes)) {
      if (dynamicPageTypes.has(name)) continue;
      test(`/${locale} ${name} is served prerendered`, async ({ request }) => {
        const response = await request.get(`/${locale}${path}`);
        expect(response.status()).toBe(200);
        // Prerendered pages carry a shared-cache lifetime; pages rendered per request say no-store.
        expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
      });
    }
  }
});
