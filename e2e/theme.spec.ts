import { expect, test, type Page } from '@playwright/test';
import { openSettings } from './support';

// Records the theme at the moment <body> is created, before anything below the head can paint.
async function watchFirstPaint(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Chooses a theme as a reader would: in the reading settings panel, then closes the panel. */
async function chooseTheme(page: Page, name: string) {
  await openSettings(page);
  await page.locator('label', { has: page.getByRole('radio', { name, exact: true }) }).click();
  await page.keyboard.press('Escape');
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const themeAtBody = (page: Page) => page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody);
const DARK = 'rgb(18, 20, 22)';
const LIGHT = 'rgb(251, 250, 247)';

test('the theme follows the system until the reader chooses', async ({ browser }) => {
  for (const [scheme, expected] of [['dark', DARK], ['light', LIGHT]] as const) {
    const context = await browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/en');
    expect(await background(page)).toBe(expected);
    await context.close();
  }
});

for (const [locale, darkLabel, autoLabel] of [['en', 'Dark', 'Auto'], ['ar', 'داكن', 'تلقائي']] as const) {
  test(`a chosen theme in ${locale} survives a reload, in place before the body is parsed`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await watchFirstPaint(page);
    await page.goto(`/${locale}/sections/syria`);
    await chooseTheme(page, darkLabel);
    expect(await background(page)).toBe(DARK);

    await page.reload();
    expect(await themeAtBody(page)).toBe('dark');
    expect(await background(page)).toBe(DARK);
    // The panel shows the choice after the reload too.
    await openSettings(page);
    await expect(page.getByRole('radio', { name: darkLabel, exact: true })).toBeChecked();
    await page.keyboard.press('Escape');

    // Another page of the site remembers it too; "Auto" hands it back to the system.
    await page.goto(`/${locale}`);
    expect(await themeAtBody(page)).toBe('dark');
    await chooseTheme(page, autoLabel);
    await page.reload();
    expect(await themeAtBody(page)).toBeNull();
    expect(await background(page)).toBe(LIGHT);
  });
}

test('without JavaScript the theme follows the system and no dead switch is shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/ar');
  expect(await background(page)).toBe(DARK);
  await expect(page.locator('details[data-settings]')).toBeHidden();
  await expect(page.getByRole('radio', { name: 'داكن' })).toBeHidden();
  await context.close();
});
