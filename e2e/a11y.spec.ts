import { test } from '@playwright/test';
import { expectNoAxeViolations, locales, pageTypes } from './support';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const locale of locales) {
      for (const [name, path] of Object.entries(pageTypes)) {
        test(`axe finds nothing on ${name} in ${locale}`, async ({ page }) => {
          await page.goto(`/${locale}${path}`);
          await expectNoAxeViolations(page);
        });
      }
    }
  });
}
