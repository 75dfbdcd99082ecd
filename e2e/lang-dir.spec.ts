import { expect, test } from '@playwright/test';
import { dirOf, locales, pageTypes } from './support';

// Every run of Arabic text must sit in an element whose language is Arabic and direction RTL, and every run of
// Latin words in one whose language is English and direction LTR, whatever the page's own language.
for (const locale of locales) {
  for (const [name, path] of Object.entries(pageTypes)) {
    test(`${name} in ${locale}: lang and dir on the page and on every passage in the other language`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', dirOf(locale));

      const wrong = await page.evaluate(() => {
        const problems: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const parent = node.parentElement!;
          if (parent.closest('script, style, noscript')) continue;
          const arabic = /[\u0600-\u06FF]/.test(text);
          const latin = /[A-Za-z]{2,}/.test(text);
          if (arabic === latin) continue; // no letters, or both scripts mixed in one run
          const lang = parent.closest('[lang]')?.getAttribute('lang');
          const dir = getComputedStyle(parent).direction;
          const expected = arabic ? { lang: 'ar', dir: 'rtl' } : { lang: 'en', dir: 'ltr' };
          if (lang !== expected.lang || dir !== expected.dir) problems.push(`${JSON.stringify(text.trim().slice(0, 40))} has lang=${lang} dir=${dir}`);
        }
        return problems;
      });
      expect(wrong).toEqual([]);
    });
  }
}
