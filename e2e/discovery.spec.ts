import { expect, test, type Browser } from '@playwright/test';
import { newVisitor } from './review-support';
import { expectNoAxeViolations, locales } from './support';

// The front page's headline ticker, and the most-read list.

for (const locale of locales) {
  test(`the ticker in ${locale} scrolls towards the page's start edge and stops for the pointer and the keyboard`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const ticker = page.getByTestId('ticker');
    const track = ticker.locator('.ticker-track');
    const animation = () => track.evaluate((el) => getComputedStyle(el).animationName + ' ' + getComputedStyle(el).animationPlayState);
    expect(await animation()).toBe(`ticker-${locale === 'ar' ? 'rtl' : 'ltr'} running`);
    // The track really moves, and in the page's direction: leftwards in English, rightwards in Arabic.
    const x = () => track.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).m41);
    const before = await x();
    await page.waitForTimeout(600);
    const after = await x();
    expect(locale === 'ar' ? after > before : after < before).toBe(true);

    // Every headline is reachable once by keyboard; focus stops the ticker and brings the headline into view, even
    // the last one on a phone.
    const links = ticker.getByRole('link');
    await expect(links).toHaveCount(8);
    await links.last().focus();
    expect(await animation()).toMatch(/^none /);
    const viewport = (await ticker.locator('.ticker-viewport').boundingBox())!;
    await expect
      .poll(async () => {
        // As much of it as fits: on a phone a long headline is wider than the strip.
        const box = (await links.last().boundingBox())!;
        const shown = Math.min(box.x + box.width, viewport.x + viewport.width) - Math.max(box.x, viewport.x);
        return shown >= Math.min(box.width, viewport.width) - 2;
      })
      .toBe(true);
    await links.last().blur();
    expect(await animation()).toMatch(/running$/);
    if (!test.info().project.use.isMobile) {
      await ticker.hover();
      expect(await animation()).toMatch(/paused$/);
      await page.mouse.move(0, 0);
    }
    // A control stops it for good, by touch or click, with no script needed.
    const stop = ticker.getByRole('checkbox', { name: locale === 'en' ? 'Stop scrolling' : 'أوقف التمرير' });
    await ticker.locator('label[for="jisr-ticker-pause"]').click();
    await expect(stop).toBeChecked();
    await stop.blur();
    expect(await animation()).toMatch(/^none /);
  });

  test(`under reduced motion the ticker in ${locale} stands still, each headline once`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/${locale}`);
    const ticker = page.getByTestId('ticker');
    expect(await ticker.locator('.ticker-track').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await expect(ticker.locator('.ticker-copy')).toBeHidden();
    // What is out of view can still be reached: the row scrolls.
    expect(await ticker.locator('.ticker-viewport').evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
    await expect(ticker.getByRole('link').first()).toBeVisible();
    // Nothing moves, so there is nothing to stop.
    await expect(ticker.locator('label[for="jisr-ticker-pause"]')).toBeHidden();
  });
}

/** Opens a report as `n` different readers (each with an address of its own), each reader twice. */
async function readers(browser: Browser, path: string, n: number) {
  for (let i = 0; i < n; i++) {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await page.goto(path);
    await page.reload();
    await context.close();
  }
}

// Each project reads a report of its own, which no other test opens.
const popularReport: Record<string, string> = { desktop: 'cartoon-diploma-question', mobile: 'cartoon-lost-in-translation' };

test('popular counts each reader once a day and ranks reports by readers, in both languages', async ({ browser, page }, info) => {
  // Eighteen page loads by nine readers, then two lists with axe: more than the usual time on two cores.
  test.slow();
  const slug = popularReport[info.project.name]!;
  // Readers in either language count for the same report.
  await readers(browser, `/en/reports/${slug}`, 5);
  await readers(browser, `/ar/reports/${slug}/parallel`, 4);

  await page.goto('/en/popular');
  const list = page.getByTestId('popular');
  await expect(list).toHaveAttribute('data-fallback', 'false');
  await expect(list.locator(`li[data-report="${slug}"]`)).toContainText('9 readers in the last 7 days');
  // Most read first (other tests read other reports at the same time, so the exact ranks are theirs too).
  const counts = await list.locator('li').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-views'))));
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  expect(counts[0]).toBeGreaterThanOrEqual(9);
  await expectNoAxeViolations(page);

  await page.goto('/ar/popular');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الأكثر قراءة');
  await expect(page.getByTestId('popular').locator(`li[data-report="${slug}"]`)).toContainText('9 قراء خلال الأيام السبعة الماضية');
  await expectNoAxeViolations(page);
});
