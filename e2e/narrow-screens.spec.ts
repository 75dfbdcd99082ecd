import { expect, test } from '@playwright/test';
import { locales, pageTypes } from './support';

// The narrowest phones in common use: 360 px, and nothing may scroll sideways.
test.use({ viewport: { width: 360, height: 740 } });
test.skip(({ isMobile }) => !isMobile, 'a phone size');

for (const locale of locales) {
  test(`every page in ${locale} fits 360 px without sideways scrolling`, async ({ page }) => {
    const wide: string[] = [];
    for (const [name, path] of Object.entries(pageTypes)) {
      await page.goto(`/${locale}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${name}: ${width}px`);
    }
    expect(wide).toEqual([]);
  });
}
