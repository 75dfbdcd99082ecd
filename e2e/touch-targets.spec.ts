import { expect, test } from '@playwright/test';
import { locales, pageTypes } from './support';

// On a phone every control is at least 44 × 44 px. Left out: links inside running text (WCAG's inline exception),
// what is not shown (folded away, visually hidden until focused, the bots' honeypot), and a label whose field is
// itself the target.
test.use({ viewport: { width: 390, height: 844 } });
test.skip(({ isMobile }) => !isMobile, 'a phone size');

for (const locale of locales) {
  test(`every control in ${locale} is at least 44 px both ways`, async ({ page }) => {
    const small: string[] = [];
    for (const [name, path] of Object.entries(pageTypes)) {
      await page.goto(`/${locale}${path}`);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('a[href], button, summary, input:not([type=hidden]), select')) {
          if (el.closest('details:not([open]) > :not(summary), [inert], [aria-hidden="true"]') || el.tabIndex < 0) continue;
          if (el.tagName === 'A' && getComputedStyle(el).display === 'inline' && el.closest('p, blockquote, td')) continue;
          if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') && el.closest('label')) {
            const label = el.closest('label')!.getBoundingClientRect();
            if (label.height >= 44) continue;
          }
          const box = el.getBoundingClientRect();
          if (box.width <= 1 || box.height <= 1) continue;
          if (box.height < 43.5 || box.width < 43.5) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
        }
        return out;
      });
      small.push(...found.map((f) => `${name}: ${f}`));
    }
    expect([...new Set(small)]).toEqual([]);
  });
}
