import { expect, test } from '@playwright/test';
import { desktopOnly, locales, pageTypes, slugs } from './support';

// Each view of a report has its own address; the old `?view=` links are sent on to it for good
// (docs/decisions/0011-view-addresses.md).

const notFoundHeading = { en: 'Page not found', ar: 'الصفحة غير موجودة' };

for (const locale of locales) {
  const report = `/${locale}/reports/${slugs.main}`;

  for (const view of ['parallel', 'interleaved'] as const) {
    test(`${locale}: ?view=${view} answers 308 to the view's own address, which shows that view`, async ({ page }) => {
      // Another host named by a proxy header must not end up in the redirect, nor the other parameters.
      const old = `${report}?view=${view}&utm_source=feed`;
      const response = await page.request.get(old, { maxRedirects: 0, headers: { 'x-forwarded-host': 'elsewhere.example' } });
      expect(response.status()).toBe(308);
      expect(response.headers().location).toBe(`${report}/${view}`);

      // The browser keeps the paragraph the old link pointed at.
      await page.goto(`${old}#p4`);
      await expect(page).toHaveURL(new RegExp(`${report}/${view}#p4$`));
      await expect(page.locator(`[data-view="${view}"]`)).toBeVisible();
      await expect(page.getByRole('navigation', { name: locale === 'en' ? 'How to read' : 'طريقة القراءة' }).locator('[aria-current="page"]')).toHaveAttribute(
        'href',
        `${report}/${view}`,
      );
    });
  }

  test(`${locale}: ?view=single and an empty ?view= answer 308 to the plain report address`, async ({ page }) => {
    for (const query of ['?view=single', '?view=', '?view=single&ref=x']) {
      const response = await page.request.get(`${report}${query}`, { maxRedirects: 0 });
      expect(response.status(), query).toBe(308);
      expect(response.headers().location, query).toBe(report);
    }
    await page.goto(`${report}?view=single`);
    await expect(page).toHaveURL(new RegExp(`${report}$`));
    await expect(page.locator('[data-view]')).toHaveCount(0);
  });

  test(`${locale}: an unknown view, as a parameter or a path, is the localized 404`, async ({ page }) => {
    for (const path of [`${report}?view=sideways`, `${report}/sideways`, `${report}/single`]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFoundHeading[locale]);
    }
  });
}

test.describe('behind a TLS-terminating proxy', () => {
  desktopOnly();

  const https = { 'x-forwarded-proto': 'https' };
  const extra = { lite: '/lite', liteReport: `/lite/reports/${slugs.main}` };

  for (const locale of locales) {
    test(`every page type in ${locale} answers with X-Forwarded-Proto: https`, async ({ request }) => {
      for (const [name, path] of Object.entries({ ...pageTypes, ...extra })) {
        const response = await request.get(`/${locale}${path}`, { headers: https, maxRedirects: 0 });
        expect(response.status(), name).toBe(name === 'notFound' ? 404 : 200);
      }
      const old = await request.get(`/${locale}/reports/${slugs.main}?view=parallel`, { headers: https, maxRedirects: 0 });
      expect(old.status()).toBe(308);
      expect(old.headers().location).toBe(`/${locale}/reports/${slugs.main}/parallel`);
    });
  }
});
