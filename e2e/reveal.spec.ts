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
