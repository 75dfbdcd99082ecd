import { expect, test, type Page } from '@playwright/test';
import { locales, slugs } from './support';

const report = `/reports/${slugs.main}`;
const listenName = { en: 'Listen', ar: 'استمع' };
const stopName = { en: 'Stop', ar: 'أوقف' };

/**
 * Gives the page's speech synthesis the voices of a device that has them, and records what it is asked to say. The
 * browser here has no voices at all, so without this the button must stay hidden (the test below).
 */
async function withVoices(page: Page, langs: string[]) {
  await page.addInitScript((voiceLangs) => {
    const synth = window.speechSynthesis;
    const voices = voiceLangs.map((lang) => ({ lang, name: `Test ${lang}`, default: false, localService: true, voiceURI: lang }));
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    synth.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
    synth.speak = (u: SpeechSynthesisUtterance) => {
      spoken.push({ text: u.text, lang: u.lang });
    };
    synth.cancel = () => {
      spoken.length = 0;
    };
  }, langs);
}

for (const locale of locales) {
  test(`listen reads the ${locale} report aloud in ${locale}, passage by passage, and stops`, async ({ page }) => {
    await withVoices(page, ['en-GB', 'ar-SA']);
    await page.goto(`/${locale}${report}`);
    const button = page.locator('button[data-listen]');
    await page.getByRole('button', { name: listenName[locale], exact: true }).click();
    // The button now stops the reading, and says so.
    await expect(button).toHaveAccessibleName(stopName[locale]);
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
    // The headline first, then every passage in the page's language, and nothing of the other language.
    const passages = await page.locator('[data-speak]').allTextContents();
    expect(spoken.map((s) => s.text)).toEqual(passages);
    expect(spoken[0]!.text).toBe(await page.locator('main h1').first().textContent());
    expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set([locale === 'ar' ? 'ar-SA' : 'en-GB']));
    expect(passages.length).toBeGreaterThan(5);

    await button.click();
    await expect(button).toHaveAccessibleName(listenName[locale]);
    expect(await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken.length)).toBe(0);
  });
}

test('listen is offered only for a language the device has a voice for', async ({ page }) => {
  await withVoices(page, ['en-US']);
  await page.goto(`/ar${report}`);
  await expect(page.getByRole('button', { name: listenName.ar })).toBeHidden();
  await page.goto(`/en${report}`);
  await expect(page.getByRole('button', { name: listenName.en })).toBeVisible();
});

test('with the browser’s own voices (none here), listen is not offered', async ({ page }) => {
  await page.goto(`/en${report}`);
  const voices = await page.evaluate(() => speechSynthesis.getVoices().length);
  test.skip(voices > 0, 'this browser has voices');
  await expect(page.getByRole('button', { name: listenName.en })).toBeHidden();
});
