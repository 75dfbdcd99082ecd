import { expect, test } from '@playwright/test';
import { locales, slugs } from './support';

const viewNames = {
  en: { single: 'One language', parallel: 'Side by side', interleaved: 'Alternating' },
  ar: { single: 'لغة واحدة', parallel: 'جنبًا إلى جنب', interleaved: 'بالتناوب' },
};

for (const locale of locales) {
  test(`view switch in ${locale} keeps the reader on the same report and at the same paragraph`, async ({ page }) => {
    await page.goto(`/${locale}/reports/${slugs.main}`);
    const views = page.getByRole('navigation', { name: locale === 'en' ? 'How to read' : 'طريقة القراءة' });
    await expect(views.getByRole('link', { name: viewNames[locale].single })).toHaveAttribute('aria-current', 'page');

    // Read down to the sixth paragraph, then switch.
    await page.locator('#p6').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await views.getByRole('link', { name: viewNames[locale].parallel }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/reports/${slugs.main}/parallel#p6$`));
    await expect(views.getByRole('link', { name: viewNames[locale].parallel })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('[data-view="parallel"]')).toBeVisible();
    await expect(page.locator('#p6')).toBeInViewport();

    await page.locator('#p6').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await views.getByRole('link', { name: viewNames[locale].interleaved }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/reports/${slugs.main}/interleaved#p6$`));
    await expect(page.locator('[data-view="interleaved"]')).toBeVisible();
    await expect(page.locator('#p6')).toBeInViewport();
  });

  test(`language switch in ${locale} lands on the same report, view and paragraph in the other language`, async ({ page }) => {
    const other = locale === 'en' ? 'ar' : 'en';
    await page.goto(`/${locale}/reports/${slugs.main}/interleaved`);
    const ownHeadline = await page.getByRole('heading', { level: 1 }).textContent();
    await page.locator('#p4').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.getByRole('link', { name: other === 'ar' ? 'اقرأ بالعربية' : 'Read in English' }).click();
    await expect(page).toHaveURL(new RegExp(`/${other}/reports/${slugs.main}/interleaved#p4$`));
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(ownHeadline!);
    await expect(page.locator('#p4')).toBeInViewport();
  });
}

test('without JavaScript the switches are plain links to the other views and language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/reports/${slugs.main}`);
  await page.getByRole('link', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/reports/${slugs.main}/parallel$`));
  await expect(page.locator('[data-view="parallel"] [data-pair][lang="ar"]').first()).toBeVisible();
  await page.getByRole('link', { name: 'العربية', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/reports/${slugs.main}/parallel$`));
  await context.close();
});
