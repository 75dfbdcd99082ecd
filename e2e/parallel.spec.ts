import { expect, test } from '@playwright/test';
import { locales, slugs } from './support';

for (const locale of locales) {
  test(`parallel view in ${locale}: each pair starts on the same line, columns follow the page direction`, async ({ page }, info) => {
    await page.goto(`/${locale}/reports/${slugs.main}/parallel`);
    const pairs = await page.locator('[data-view="parallel"] [data-pair]').evaluateAll((cells) =>
      cells.map((cell) => {
        const box = (cell.firstElementChild ?? cell).getBoundingClientRect();
        return { id: (cell as HTMLElement).dataset.pair!, lang: cell.closest('[lang]')!.getAttribute('lang'), top: box.top, left: box.left };
      }),
    );
    const ids = [...new Set(pairs.map((p) => p.id))];
    expect(ids.length).toBeGreaterThan(5);

    for (const id of ids) {
      const [own, other] = pairs.filter((p) => p.id === id);
      expect(own!.lang, id).toBe(locale);
      expect(other!.lang, id).toBe(locale === 'en' ? 'ar' : 'en');
      if (info.project.name === 'desktop') {
        expect(Math.abs(own!.top - other!.top), `${id} tops`).toBeLessThanOrEqual(1);
        // The page's language sits at inline-start: left in English, right in Arabic.
        if (locale === 'en') expect(own!.left, id).toBeLessThan(other!.left);
        else expect(own!.left, id).toBeGreaterThan(other!.left);
      } else {
        // On a phone the translation follows its block.
        expect(other!.top, `${id} on mobile`).toBeGreaterThan(own!.top);
      }
    }
  });
}
