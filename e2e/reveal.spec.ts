import { expect, test } from '@playwright/test';
import { newVisitor } from './review-support';
import { dirOf, locales, slugs } from './support';

// Tap to reveal: in the one-language view each passage opens its translation in place, with or without JavaScript.

const label = { en: 'In Arabic', ar: 'بالإنجليزية' };

for (const locale of locales) {
  const other = locale === 'en' ? 'ar' : 'en';
  for (const javaScriptEnabled of [true, false]) {
    test(`a passage in ${locale} reveals its translation in place${javaScriptEnabled ? '' : ' without JavaScript'}`, async ({ browser }, info) => {
      const context = await newVisitor(browser, { ...info.project.use, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`/${locale}/reports/${slugs.main}`);
      const reveals = page.locator('main [data-reveal]');
      expect(await reveals.count()).toBeGreaterThan(5);
      const first = reveals.first();
      const translation = first.locator(`[lang="${other}"]`);
      await expect(translation).toBeHidden();
      const summary = first.locator('summary');
      await expect(summary).toContainText(label[locale]);
      await summary.click();
      await expect(translation).toBeVisible();
      await expect(translation).toHaveAttribute('dir', dirOf(other));
      // Another tap closes it; the passage itself never moved.
      await summary.click();
      await expect(translation).toBeHidden();
      // The control is a comfortable size for a thumb.
      const box = (await summary.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      await context.close();
    });
  }
}

test('a passage still awaiting translation has nothing to reveal', async ({ page }) => {
  await page.goto(`/ar/reports/${slugs.pending}`);
  const pending = page.locator('main [data-block]').filter({ hasText: 'لم يُترجم بعد' });
  expect(await pending.count()).toBeGreaterThan(0);
  await expect(pending.locator('details')).toHaveCount(0);
});

for (const locale of locales) {
  test(`a bar in ${locale} shows how far through the report the reader is, growing from the start edge`, async ({ page }) => {
    await page.goto(`/${locale}/reports/${slugs.main}`);
    const bar = page.getByTestId('reading-progress');
    const track = page.locator('[data-reading-bar]');
    const share = async () => (await bar.evaluate((el) => el.getBoundingClientRect().width)) / (await track.evaluate((el) => el.getBoundingClientRect().width));
    expect(await share()).toBeLessThan(0.02);
    const article = page.locator('article.report');
    const { top, height } = await article.evaluate((el) => ({ top: el.getBoundingClientRect().top + window.scrollY, height: el.getBoundingClientRect().height }));
    await page.evaluate((y) => window.scrollTo(0, y), top + (height - (await page.viewportSize())!.height) / 2);
    await expect.poll(share).toBeGreaterThan(0.3);
    expect(await share()).toBeLessThan(0.7);
    // Anchored at the start edge: the left in English, the right in Arabic.
    const [barBox, trackBox] = [(await bar.boundingBox())!, (await track.boundingBox())!];
    if (locale === 'en') expect(Math.abs(barBox.x - trackBox.x)).toBeLessThan(2);
    else expect(Math.abs(barBox.x + barBox.width - (trackBox.x + trackBox.width))).toBeLessThan(2);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(share).toBeGreaterThan(0.98);
  });
}
