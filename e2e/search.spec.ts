import { expect, test, type Page } from '@playwright/test';
import { newVisitor } from './review-support';
import { expectNoAxeViolations, locales } from './support';

// Search as readers use it: typing in the header's box, in either language, with or without JavaScript.

const label = { en: 'Search reports', ar: 'ابحث في التقارير' };

/** The header's search box that is on screen (the phone layout has its own). */
const searchBox = (page: Page, locale: 'en' | 'ar') => page.getByRole('searchbox', { name: label[locale] }).filter({ visible: true });

for (const locale of locales) {
  test(`typing in ${locale} updates highlighted results and the address, Arabic diacritics and all`, async ({ page }) => {
    await page.goto(`/${locale}/search`);
    const box = searchBox(page, locale);
    // With tashkeel, as a reader copying from a vowelled text would type it.
    await box.pressSequentially('العَفْو', { delay: 30 });
    await expect(page).toHaveURL(`/${locale}/search?q=${encodeURIComponent('العَفْو')}`);
    const results = page.locator('[data-result]');
    await expect(results.first()).toBeVisible();
    // The plain text is found and marked where it matched, in a passage that carries its own language.
    const mark = page.locator('[lang="ar"][dir="rtl"] mark').first();
    await expect(mark).toBeVisible();
    expect(await mark.textContent()).toMatch(/العفو/);

    // An English name leads to the same passage of an Arabic-original report, shown in both languages.
    await box.fill('Callamard');
    await expect(page).toHaveURL(`/${locale}/search?q=Callamard`);
    const hit = page.locator('[data-result="syria-committees-amnesty-conditions"]');
    await expect(hit.locator('[data-snippet="en"][lang="en"][dir="ltr"] mark')).toHaveText('Callamard');
    await expect(hit.locator('[data-snippet="ar"][lang="ar"][dir="rtl"]')).toContainText('كالامار');
    await expectNoAxeViolations(page);

    // The passage link opens the report at that block.
    await hit.getByRole('link', { name: locale === 'en' ? 'Read this passage' : 'اقرأ هذا المقطع' }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/reports/syria-committees-amnesty-conditions#p4$`));
  });

  test(`without JavaScript, the header search in ${locale} lands on server-rendered results`, async ({ browser }, info) => {
    const context = await newVisitor(browser, { ...info.project.use, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}/reports/trnc-explained`);
    if (info.project.use.isMobile) await page.locator('header details', { has: page.locator('input[type="search"]') }).locator('summary').click();
    // Without hamza, as many type on a phone: it still finds «إمام أوغلو».
    const box = searchBox(page, locale);
    await box.fill('امام اوغلو');
    await box.press('Enter');
    await expect(page).toHaveURL(`/${locale}/search?q=${encodeURIComponent('امام اوغلو').replace(/%20/g, '+')}`);
    await expect(page.locator('[data-result="imamoglu-diploma-report-nears"]')).toBeVisible();
    await expect(page.locator('[data-result] mark').first()).toBeVisible();
    await expect(page.getByRole('status')).toContainText(locale === 'en' ? 'reports match' : 'تقارير');
    await context.close();
  });
}

test('a search longer than 200 characters is refused in the reader’s language', async ({ page }) => {
  await page.goto(`/ar/search?q=${'ا'.repeat(201)}`);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('عبارة البحث طويلة جدًا: استخدم 200 حرف على الأكثر.');
});
