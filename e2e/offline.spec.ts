import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, locales, openSettings, slugs } from './support';

// The service worker in a real browser: the rest of the suite blocks it (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const copy = {
  en: { offline: 'You are offline', save: 'Save for offline', saved: 'Saved for offline', note: 'Saved on this device. Tap again to remove it.', remove: 'Remove' },
  ar: { offline: 'أنت غير متصل بالإنترنت', save: 'احفظ للقراءة دون اتصال', saved: 'محفوظ للقراءة دون اتصال', note: 'حُفظ على هذا الجهاز. اضغط مرة أخرى لإزالته.', remove: 'إزالة' },
};

/** Opens a page and waits until the service worker is in charge of it. */
async function openControlled(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Waits until the worker has kept the page (it keeps the first page once it is in charge). */
async function kept(page: Page, path: string) {
  await expect.poll(() => page.evaluate(async (p) => Boolean(await caches.match(p, { ignoreVary: true })), path)).toBe(true);
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}

for (const locale of locales) {
  const t = copy[locale];

  test(`offline in ${locale}: an opened report reloads, a saved one opens, any other page says it is offline`, async ({ page, context }) => {
    const opened = `/${locale}/reports/${slugs.main}`;
    const saved = `/${locale}/reports/${slugs.explainer}`;
    const neverOpened = `/${locale}/reports/${slugs.arabicOriginal}`;
    const headline = async (path: string) => {
      await page.goto(path);
      return page.locator('main h1').first().textContent();
    };

    await openControlled(page, opened);
    await kept(page, opened);
    const openedHeadline = await page.locator('main h1').first().textContent();

    // Save another report: its three views are stored, and the button says so.
    await page.goto(saved);
    const savedHeadline = await page.locator('main h1').first().textContent();
    await page.getByRole('button', { name: t.save }).click();
    await expect(page.locator('button[data-save-offline]')).toHaveAccessibleName(t.saved);
    await expect(page.locator('[data-save-status]')).toHaveText(t.note);

    await goOffline(context);
    await page.goto(opened);
    await page.reload();
    await expect(page.locator('main h1').first()).toHaveText(openedHeadline!);
    // The reader is told it is a kept copy.
    await expect(page.locator('[data-offline-notice]')).toBeVisible();

    // The saved report, in a view never opened before saving, with its text in both languages.
    expect(await headline(`${saved}/parallel`)).toBe(savedHeadline);
    await expect(page.locator(`main [data-pair][lang="${locale === 'en' ? 'ar' : 'en'}"]`).first()).toBeVisible();

    // Never opened: the offline page in this language, which lists what can still be read.
    await page.goto(neverOpened);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.offline);
    await expect(page.locator('[data-saved-items] a')).toHaveText([savedHeadline!]);
    // The report read but not saved is listed too.
    await expect(page.locator('[data-kept-items] a')).toHaveText([openedHeadline!]);
    await expectNoAxeViolations(page);
    await page.locator('[data-saved-items] a').click();
    await expect(page.locator('main h1').first()).toHaveText(savedHeadline!);
  });
}

test('tapping “Saved for offline” again removes the copy and says so', async ({ page }) => {
  await openControlled(page, `/ar/reports/${slugs.explainer}`);
  await page.getByRole('button', { name: copy.ar.save }).click();
  await page.getByRole('button', { name: copy.ar.saved }).click();
  await expect(page.locator('[data-save-status]')).toHaveText('أُزيل من تقاريرك المحفوظة.');
  await expect(page.locator('button[data-save-offline]')).toHaveAccessibleName(copy.ar.save);
  await page.goto('/ar/saved');
  await expect(page.getByText('لم تحفظ أي تقرير بعد.', { exact: false })).toBeVisible();
});

test('a saved report is replaced by a fresh copy when read online, and can be removed', async ({ page, context }) => {
  const saved = `/en/reports/${slugs.explainer}`;
  await openControlled(page, saved);
  await page.getByRole('button', { name: copy.en.save }).click();
  await expect(page.getByRole('button', { name: copy.en.saved })).toBeVisible();

  // Mark the stored copy, then read the report online: the stored copy is the network's again.
  await page.evaluate(async (path) => {
    const cache = await caches.open('jisr-saved');
    await cache.put(path, new Response('<!doctype html><title>old</title><h1>Old copy</h1>', { headers: { 'content-type': 'text/html' } }));
  }, saved);
  await page.reload();
  await expect
    .poll(() => page.evaluate(async (path) => (await (await (await caches.open('jisr-saved')).match(path))?.text()) ?? '', saved))
    .toContain('What was the Alawite State?');

  // The saved list and the settings panel count it; removing it empties both.
  await page.goto('/en/saved');
  await expect(page.locator('[data-saved-items] li')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await openSettings(page);
  await expect(page.locator('[data-offline-usage="saved"]')).toHaveText('Saved reports: 1 of 20');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: copy.en.remove }).click();
  await expect(page.locator('[data-saved-items] li')).toHaveCount(0);
  await expect(page.getByText('No saved reports yet.')).toBeVisible();

  await context.setOffline(true);
  await page.goto(saved);
  // Still kept from reading it, though no longer saved.
  await expect(page.locator('main h1').first()).toHaveText('What was the Alawite State?');
});
