// Screenshots of every page type, in both locales, light and dark, desktop and mobile, for looking at what we build.
// Usage: npm run screenshots [-- BASE_URL] (the app must be running; default http://localhost:3000)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';

const base = process.argv[2] ?? 'http://localhost:3000';
const out = path.resolve('screenshots');
const pages = {
  front: '',
  report: '/reports/amnesty-baniyas-war-crimes',
  parallel: '/reports/amnesty-baniyas-war-crimes/parallel',
  interleaved: '/reports/amnesty-baniyas-war-crimes/interleaved',
  pending: '/reports/easter-message-mistranslation',
  explainer: '/reports/alawite-state-explained/parallel',
  section: '/sections/syria',
  saved: '/saved',
  offline: '/offline',
  missing: '/reports/no-such-report',
};
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };

fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const [vpName, viewport] of Object.entries(viewports)) {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const locale of ['en', 'ar']) {
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(`${base}/${locale}${url}`, { waitUntil: 'networkidle' });
        const file = path.join(out, `${name}-${locale}-${scheme}-${vpName}.png`);
        await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      }
      // The reading settings panel, open over a report.
      await page.goto(`${base}/${locale}${pages.report}`, { waitUntil: 'networkidle' });
      await page.locator('details[data-settings] summary').click();
      await page.screenshot({ path: path.join(out, `settings-${locale}-${scheme}-${vpName}.png`) });
    }
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots in ${out}`);
