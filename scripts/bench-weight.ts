// Prints what each page type sends in both locales (JavaScript and CSS it references, gzip; its HTML) and fails
// when a budget is crossed. Run through `npm run bench:weight`, which builds first.
import fs from 'node:fs';
import path from 'node:path';
import { kB, measurePage, type Weight } from './page-weight';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, '.next');
const app = path.join(dist, 'server', 'app');
const baseline = JSON.parse(fs.readFileSync(path.join(root, 'bench', 'weight-baseline.json'), 'utf8')) as { jsGzip: number };

const budget = {
  /** A report page's JavaScript: at most 10 kB gzip above the bare Next + next-intl page. */
  reportJs: baseline.jsGzip + 10_000,
  css: 15_000,
  /** Below this the measurement itself has broken (a page that references almost no script). */
  jsFloor: baseline.jsGzip / 2,
};

// A real report in the content, the first alphabetically, so the table is stable.
const slug = fs
  .readdirSync(path.join(app, 'en', 'reports'))
  .filter((f) => f.endsWith('.html'))
  .sort()[0]!
  .replace(/\.html$/, '');

const pageTypes: Record<string, { file: (l: string) => string; report?: true }> = {
  front: { file: (l) => `${l}.html` },
  section: { file: (l) => `${l}/sections/syria.html` },
  'report (single)': { file: (l) => `${l}/reports/${slug}.html`, report: true },
  'report (parallel)': { file: (l) => `${l}/reports/${slug}/parallel.html`, report: true },
  'report (interleaved)': { file: (l) => `${l}/reports/${slug}/interleaved.html`, report: true },
  'not found': { file: (l) => `${l}/page-not-found.html` },
};

/** The Arabic face's files, read from the built CSS (the @font-face rules whose unicode-range covers U+06xx). */
function arabicFontFiles(): string[] {
  const cssDir = path.join(dist, 'static', 'chunks');
  const css = fs.readdirSync(cssDir).filter((f) => f.endsWith('.css')).map((f) => fs.readFileSync(path.join(cssDir, f), 'utf8')).join('\n');
  return [...css.matchAll(/@font-face\s*{[^}]*}/g)]
    .map((m) => m[0])
    .filter((rule) => /unicode-range:[^;}]*U\+0?6(?:[0-9a-f?]{2}|\?\?)/i.test(rule))
    .flatMap((rule) => [...rule.matchAll(/url\(([^)]+)\)/g)].map((u) => path.basename(u[1]!.replace(/["']/g, ''))));
}

if (!fs.existsSync(path.join(dist, 'BUILD_ID'))) {
  console.error('No build found: run `npm run build` first (or use `npm run bench:weight`, which builds).');
  process.exit(1);
}

const arabicFonts = arabicFontFiles();
const failures: string[] = [];
const rows: string[][] = [];
for (const locale of ['en', 'ar']) {
  for (const [name, type] of Object.entries(pageTypes)) {
    const w: Weight = measurePage(dist, path.join(app, type.file(locale)));
    rows.push([locale, name, kB(w.js.gzip), String(w.js.files), kB(w.css.gzip), kB(w.html.gzip), kB(w.html.raw)]);
    const where = `${name} (${locale})`;
    if (type.report && w.js.gzip > budget.reportJs) failures.push(`${where}: JavaScript ${kB(w.js.gzip)} kB gzip > budget ${kB(budget.reportJs)} kB`);
    if (w.js.gzip < budget.jsFloor) failures.push(`${where}: only ${kB(w.js.gzip)} kB of JavaScript found: the measurement is broken`);
    if (w.css.gzip > budget.css) failures.push(`${where}: CSS ${kB(w.css.gzip)} kB gzip > budget ${kB(budget.css)} kB`);
    const preloadedArabic = w.fontPreloads.filter((url) => arabicFonts.includes(path.basename(url)));
    if (locale === 'en' && !name.includes('parallel') && !name.includes('interleaved') && preloadedArabic.length > 0) {
      failures.push(`${where}: preloads the Arabic font (${preloadedArabic.join(', ')}) on a page that shows no Arabic text`);
    }
  }
}

const header = ['locale', 'page', 'JS kB gz', 'JS files', 'CSS kB gz', 'HTML kB gz', 'HTML kB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
console.log(
  `\nBudgets: report JS <= ${kB(budget.reportJs)} kB gzip (baseline ${kB(baseline.jsGzip)} + 10), CSS <= ${kB(budget.css)} kB gzip, ` +
    `no Arabic font preload on English pages (${arabicFonts.length} Arabic font file${arabicFonts.length === 1 ? '' : 's'} in the build).`,
);
if (arabicFonts.length === 0) failures.push('no Arabic @font-face found in the built CSS: the font check cannot work');
if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('All within budget.');
