import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, locales, openSettings, slugs } from './support';

const report = `/reports/${slugs.main}`;

/** Records, when <body> is created (before anything in it can paint), the settings on <html>. */
async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      const root = document.documentElement;
      (window as unknown as { atBody: object }).atBody = { size: root.getAttribute('data-text-size'), hijri: root.hasAttribute('data-hijri') };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The layout shifts of the page so far (buffered), as the browser reports them. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );

// A setting applied after the first paint would move the page by far more (re-wrapping every paragraph shifts it by
// 0.05 or more); under a loaded test machine the browser reports specks of 0.00001.
const shiftBudget = 0.001;

const bodySize = (page: Page) => page.locator('main [data-block] p.text-body').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

const labels = {
  en: { textSize: 'Text size', sizes: ['Small', 'Standard', 'Large', 'Larger', 'Largest'], hijri: 'Show the Hijri date beside the Gregorian one', hijriMonth: /\d+ [A-Z][a-zʻ’' -]+ \d{4} AH/ },
  ar: { textSize: 'حجم النص', sizes: ['صغير', 'عادي', 'كبير', 'أكبر', 'كبير جدًا'], hijri: 'إظهار التاريخ الهجري بجانب الميلادي', hijriMonth: /هـ/ },
};

for (const locale of locales) {
  const l = labels[locale];

  test(`text size has five steps in ${locale}, persists, and is in place before the first paint`, async ({ page }) => {
    await watchFirstPaint(page);
    await page.goto(`/${locale}${report}`);
    await openSettings(page);
    const group = page.getByRole('group', { name: l.textSize });
    await expect(group.getByRole('radio')).toHaveCount(5);
    await expect(group.getByRole('radio', { name: l.sizes[1], exact: true })).toBeChecked();

    const sizes: number[] = [];
    for (const name of l.sizes) {
      await group.locator('label', { has: page.getByRole('radio', { name, exact: true }) }).click();
      sizes.push(await bodySize(page));
    }
    // Each step is larger than the one before.
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!, `step ${i}`).toBeGreaterThan(sizes[i - 1]!);

    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { atBody: { size: string } }).atBody.size)).toBe('largest');
    expect(await bodySize(page)).toBe(sizes[4]);
    expect(await layoutShift(page)).toBeLessThan(shiftBudget);
  });

  test(`the Hijri date appears beside the Gregorian one in ${locale} on request, before the first paint`, async ({ page }) => {
    await watchFirstPaint(page);
    await page.goto(`/${locale}${report}`);
    const hijri = page.locator('main header .hijri').first();
    await expect(hijri).toBeHidden();
    await openSettings(page);
    await page.getByRole('checkbox', { name: l.hijri }).check();
    await expect(hijri).toBeVisible();
    await expect(hijri).toHaveText(l.hijriMonth);
    await page.goto(`/${locale}`);
    expect(await page.evaluate(() => (window as unknown as { atBody: { hijri: boolean } }).atBody.hijri)).toBe(true);
    await expect(page.getByTestId('dateline').locator('.hijri')).toBeVisible();
    expect(await layoutShift(page)).toBeLessThan(shiftBudget);
  });

  test(`the open settings panel passes axe in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}${report}`);
    await openSettings(page);
    await expectNoAxeViolations(page);
    // Escape closes it and gives focus back to its button.
    await page.keyboard.press('Escape');
    await expect(page.locator('details[data-settings] form')).toBeHidden();
    await expect(page.locator('details[data-settings] summary')).toBeFocused();
    // Moving focus out of it (tabbing past its last control) closes it too.
    await openSettings(page);
    await page.locator('main a').first().focus();
    await expect(page.locator('details[data-settings] form')).toBeHidden();
  });
}

const westernDigits = /[0-9]/;
const easternDigits = /[٠-٩]/;

test('Arabic-Indic digits apply to every date, time and count on Arabic pages, with no hydration error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/ar${report}`);
  const numbered = page.locator('main time, main [data-num]');
  await expect(numbered.first()).toHaveText(westernDigits);

  await openSettings(page);
  await page.locator('label', { has: page.getByRole('radio', { name: 'أرقام عربية مشرقية (١٢٣)' }) }).click();
  await page.keyboard.press('Escape');
  const rewritten = await numbered.allTextContents();
  for (const text of rewritten) expect(text, text).not.toMatch(westernDigits);
  // The published time at least has digits ("دقيقتا قراءة", two minutes, has none).
  expect(rewritten[0]).toMatch(easternDigits);

  // Every frame the browser draws (requestAnimationFrame runs before each paint) shows only Arabic-Indic digits.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenWestern: string[] }).seenWestern = seen;
    const look = () => {
      document.querySelectorAll('time, [data-num]').forEach((e) => /[0-9]/.test(e.textContent ?? '') && seen.push(e.textContent ?? ''));
      if (document.readyState !== 'complete') requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  // Other pages, after a reload: the dates and counts of the front page, a section list and its pagination.
  // The review queue and workbench too (their counts are rendered by React in the browser).
  for (const path of ['/ar', '/ar/sections/syria', '/ar/sections/syria/page/2', '/ar/review', `/ar/review/${slugs.pending}`, `/ar${report}`]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const texts = await page.locator('time, [data-num]').allTextContents();
    expect(texts.length, path).toBeGreaterThan(0);
    for (const text of texts) expect(text, `${path}: ${text}`).not.toMatch(westernDigits);
    expect(await page.evaluate(() => (window as unknown as { seenWestern: string[] }).seenWestern), `${path}: painted with Western digits`).toEqual([]);
    if (!path.includes('/review')) expect(await layoutShift(page), path).toBeLessThan(shiftBudget);
  }
  // Content keeps its own digits: only the interface's numbers change.
  await expect(page.locator('main [data-block]').filter({ hasText: westernDigits }).first()).toBeVisible();
  expect(errors).toEqual([]);

  // Back to Western digits.
  await openSettings(page);
  await page.locator('label', { has: page.getByRole('radio', { name: 'أرقام لاتينية (123)' }) }).click();
  await expect(page.locator('main header time').first()).toHaveText(westernDigits);
});

test('English pages offer no digits choice', async ({ page }) => {
  await page.goto(`/en${report}`);
  await openSettings(page);
  await expect(page.getByRole('group', { name: 'Digits' })).toHaveCount(0);
});

test('without JavaScript the settings panel is not offered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/ar${report}`);
  await expect(page.locator('details[data-settings]')).toBeHidden();
  await context.close();
});
