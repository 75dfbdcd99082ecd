// Renders the app icons (public/icons/*.png) from the favicon's drawing with Debian's Chromium. Run after changing
// the mark: `npx tsx scripts/icons.ts`. The PNGs are committed; nothing runs at build time.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium';

const bridge = '<path d="M4 22Q16 5 28 22M4 22h24M10 22v-6M16 22V12M22 22v-6" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>';
// "any": the rounded square as in the favicon. "maskable": full bleed, the mark inside the central 80% safe zone.
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0d5c58"/>${bridge}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0d5c58"/><g transform="translate(4.8 4.8) scale(0.7)">${bridge}</g></svg>`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const [name, svg, size] of [
  ['icon-192', any, 192],
  ['icon-512', any, 512],
  ['maskable-512', maskable, 512],
] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `public/icons/${name}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
