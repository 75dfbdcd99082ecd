import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { dirOf, expectNoAxeViolations, locales, slugs } from './support';

// The lite edition, as a reader on a slow, costly connection meets it: no scripts, no cookies, no web fonts, one
// small page per report, and each passage's translation one tap away.

const ui = {
  en: { name: 'Jisr Lite', translation: 'In Arabic', full: 'Full edition', otherLanguage: 'العربية' },
  ar: { name: 'جسر لايت', translation: 'بالإنجليزية', full: 'النسخة الكاملة', otherLanguage: 'English' },
};

for (const locale of locales) {
  const other = locale === 'en' ? 'ar' : 'en';

  test(`a lite report in ${locale} is one small request, with no script, cookie or web font`, async ({ page, context }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto(`/${locale}/lite/reports/${slugs.main}`);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['set-cookie']).toBeUndefined();
    expect(await context.cookies()).toEqual([]);
    // The page itself and nothing else: styles are inline, fonts are the system's, images wait to be asked for.
    await page.waitForLoadState('load');
    expect(requests).toEqual([response!.url()]);
    await expect(page.locator('script')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', dirOf(locale));
    // A report of ordinary length stays far inside 20 kB on the wire.
    const body = await response!.body();
    const compressed = zlib.gzipSync(body).length;
    expect(compressed).toBeLessThan(20 * 1024);
    test.info().annotations.push({ type: 'lite report', description: `${body.length} bytes, ${compressed} gzipped` });
  });

  test(`each passage of a lite report in ${locale} reveals its translation, in its own language and direction`, async ({ page }) => {
    await page.goto(`/${locale}/lite/reports/${slugs.main}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const reveal = page.locator('main details').first();
    const translation = reveal.locator('p');
    await expect(translation).toBeHidden();
    await reveal.getByText(ui[locale].translation).click();
    await expect(translation).toBeVisible();
    await expect(translation).toHaveAttribute('lang', other);
    await expect(translation).toHaveAttribute('dir', dirOf(other));
    expect(await page.locator('main details').count()).toBeGreaterThan(5);
    await expectNoAxeViolations(page);

    // The same report in the other language, and in the full edition.
    await page.getByRole('link', { name: ui[locale].otherLanguage }).click();
    await expect(page).toHaveURL(`/${other}/lite/reports/${slugs.main}`);
    await page.getByRole('banner').getByRole('link', { name: ui[other].full }).click();
    await expect(page).toHaveURL(`/${other}/reports/${slugs.main}`);
  });

  test(`the lite front page in ${locale} lists the reports and leads to them; the full edition links to it`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.locator('footer').getByRole('link', { name: locale === 'en' ? 'Lite edition' : 'النسخة الخفيفة' }).click();
    await expect(page).toHaveURL(`/${locale}/lite`);
    await expect(page).toHaveTitle(ui[locale].name);
    await expect(page.locator('script')).toHaveCount(0);
    const items = page.locator('main li');
    expect(await items.count()).toBeGreaterThanOrEqual(12);
    // No horizontal scrolling on the narrowest phones.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page);
    await items.first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/lite/reports/`));
    await expect(page.locator('script')).toHaveCount(0);
  });
}

test('the lite edition answers an unknown report with the localized 404 page', async ({ request }) => {
  const response = await request.get('/ar/lite/reports/no-such-report');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('lang="ar"');
});
