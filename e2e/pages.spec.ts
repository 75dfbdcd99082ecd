import { expect, test, type ConsoleMessage } from '@playwright/test';
import { locales, pageTypes, slugs } from './support';

const weekdays = {
  en: '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)',
  ar: '(الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)',
};

for (const locale of locales) {
  test(`front page in ${locale}: date line, lead, latest and sections with counts`, async ({ page }) => {
    await page.goto(`/${locale}`);
    // The Gregorian date (the Hijri one beside it is hidden unless the reader asks for it: e2e/settings.spec.ts).
    const dateline = page.getByTestId('dateline').locator('time');
    await expect(dateline).toHaveText(
      locale === 'en' ? new RegExp(`^${weekdays.en}, \\d{1,2} [A-Z][a-z]+ \\d{4}$`) : new RegExp(`^${weekdays.ar}، \\d{1,2} \\S+ \\d{4}$`),
    );
    // Latin digits in Arabic by default.
    await expect(dateline).not.toHaveText(/[٠-٩]/);
    await expect(page.locator('#jisr-lead + article h3')).toBeVisible();
    await expect(page.locator('[aria-labelledby="jisr-latest"] li')).toHaveCount(6);
    await expect(page.locator('#jisr-section-syria')).toContainText(locale === 'en' ? '5 reports' : '5 تقارير');
    await expect(page.locator('#jisr-section-business')).toContainText(locale === 'en' ? '1 report' : 'تقرير واحد');
  });

  test(`skip link in ${locale} is the first stop and moves focus to the content`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: locale === 'en' ? 'Skip to main content' : 'انتقل إلى المحتوى الرئيسي' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('#jisr-main')).toBeFocused();
  });

  test(`section page in ${locale}: newest first, a plural-aware count, two to a page`, async ({ page }) => {
    // The e2e build sets PAGE_SIZE=2; Cyprus has 3 reports, so page 2 holds the oldest.
    await page.goto(`/${locale}/sections/cyprus`);
    await expect(page.getByTestId('report-count')).toHaveText(locale === 'en' ? '3 reports' : '3 تقارير');
    const datesOn = () => page.locator('main ol time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    const first = await datesOn();
    expect(first.length).toBe(2);
    await page.getByRole('link', { name: locale === 'en' ? 'Older reports' : 'تقارير أقدم' }).click();
    await expect(page).toHaveURL(`/${locale}/sections/cyprus/page/2`);
    await expect(page.getByRole('navigation', { name: locale === 'en' ? 'Pages' : 'الصفحات' })).toContainText(locale === 'en' ? 'Page 2 of 2' : 'الصفحة 2 من 2');
    const second = await datesOn();
    expect(second.length).toBe(1);
    const all = [...first, ...second];
    expect([...all].sort((a, b) => Date.parse(b) - Date.parse(a))).toEqual(all);
    await expect(page.getByRole('link', { name: locale === 'en' ? 'Older reports' : 'تقارير أقدم' })).toHaveCount(0);
    await page.getByRole('link', { name: locale === 'en' ? 'Newer reports' : 'تقارير أحدث' }).click();
    await expect(page).toHaveURL(`/${locale}/sections/cyprus`);
  });

  test(`a tag on a report leads to that tag's page in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/reports/${slugs.main}`);
    const tags = page.locator('[aria-labelledby="jisr-tags"] a');
    const name = (await tags.first().textContent())!.trim();
    await tags.first().click();
    await expect(page).toHaveURL(`/${locale}/tags/amnesty-international`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    // Three reports carry the tag: two on this page, one on the next.
    await expect(page.getByTestId('report-count')).toHaveText(locale === 'en' ? '3 reports' : '3 تقارير');
    await expect(page.locator('main ol > li')).toHaveCount(2);
  });

  test.describe(() => {
    // As visitors get it: with the service worker (blocked elsewhere in the suite, where it would only log that).
    test.use({ serviceWorkers: 'allow' });
    test(`no errors or hydration warnings in the console in ${locale}`, async ({ page }) => {
      const messages: string[] = [];
      const listen = (m: ConsoleMessage) => (m.type() === 'error' || m.type() === 'warning') && messages.push(m.text());
      page.on('console', listen);
      page.on('pageerror', (e) => messages.push(e.message));
      for (const [name, path] of Object.entries(pageTypes)) {
        if (name === 'notFound') continue;
        await page.goto(`/${locale}${path}`);
        await page.waitForLoadState('networkidle');
      }
      expect(messages).toEqual([]);
    });
  });
}

test('a report whose Arabic is partly pending shows the English original, marked, in its own direction', async ({ page }) => {
  await page.goto(`/ar/reports/${slugs.pending}`);
  await expect(page.getByRole('note')).toContainText('لم تُترجم أجزاء من هذا التقرير');
  const pending = page.locator('main [data-block]').filter({ hasText: 'لم يُترجم بعد' });
  expect(await pending.count()).toBeGreaterThanOrEqual(3);
  await expect(pending.first().locator('p[lang="en"][dir="ltr"]')).toBeVisible();
  // The English page has nothing pending.
  await page.goto(`/en/reports/${slugs.pending}`);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByText('Not yet translated')).toHaveCount(0);
});

test('the front page marks reports whose translation is pending, in Arabic only', async ({ page }) => {
  await page.goto('/ar');
  await expect(page.locator('article').filter({ hasText: 'الترجمة قيد الإعداد' }).first()).toBeVisible();
  await page.goto('/en');
  await expect(page.getByText('Translation pending')).toHaveCount(0);
});

for (const locale of locales) {
  test(`report page in ${locale} has byline, source, times, reading time, tags and the rest of the story`, async ({ page }) => {
    await page.goto(`/${locale}/reports/${slugs.main}`);
    const main = page.locator('main');
    await expect(main.locator('time').first()).toHaveAttribute('datetime', '2025-04-03T11:00:00+03:00');
    await expect(main).toContainText(locale === 'en' ? '3 April 2025 at 11:00 GMT+3' : '3 أبريل 2025 في 11:00 ص غرينتش\u200e+3');
    await expect(main).toContainText(locale === 'en' ? 'minute read' : 'قراءة');
    await expect(main).toContainText(locale === 'en' ? 'Source: Amnesty International' : 'المصدر: منظمة العفو الدولية');
    await expect(page.getByRole('heading', { level: 2, name: locale === 'en' ? 'Tags' : 'الوسوم' })).toBeVisible();
    // The story's coverage is a timeline, oldest first, with this report marked in its place.
    const timeline = page.getByTestId('story-timeline').locator('li');
    await expect(timeline).toHaveCount(4);
    const dates = await timeline.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect([...dates].sort((a, b) => Date.parse(a) - Date.parse(b))).toEqual(dates);
    await expect(page.getByTestId('story-timeline').locator('li[aria-current="page"]')).toContainText(locale === 'en' ? 'You are reading this' : 'تقرؤه الآن');
    await expect(timeline.first()).toContainText(locale === 'en' ? /First published in (English|Arabic)/ : /نُشر أولًا (بالإنجليزية|بالعربية)/);
    const story = page.getByTestId('story-timeline').locator('a');
    await expect(story).toHaveCount(3);
    await story.first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/reports/`));
  });

  test(`the explainer's illustration has alt text and a caption in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/reports/${slugs.explainer}`);
    const img = page.locator('main figure img');
    await expect(img).toHaveAttribute('alt', locale === 'en' ? /flag/i : /علم/);
    await expect(page.locator('main figcaption')).toContainText(locale === 'en' ? 'Credit' : 'حقوق الصورة');
    const loaded = await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0);
    expect(loaded).toBe(true);
  });
}
