// npm run bench:mobile: Lighthouse 12.8 (its mobile preset: a mid-range phone on a slow 4G link, simulated) on the
// front page, a report in each view and the lite report, in both languages, against `next start` with Debian's
// Chromium. Prints each page's scores, LCP, CLS, TBT and bytes, and which targets are missed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './chromium';

const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-bench-mobile-'));
const port = 3800 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
const slug = 'amnesty-baniyas-war-crimes';

const pages = (locale: string) => [
  { name: 'front', path: `/${locale}`, lite: false },
  { name: 'report (single)', path: `/${locale}/reports/${slug}`, lite: false },
  { name: 'report (parallel)', path: `/${locale}/reports/${slug}/parallel`, lite: false },
  { name: 'report (interleaved)', path: `/${locale}/reports/${slug}/interleaved`, lite: false },
  { name: 'lite report', path: `/${locale}/lite/reports/${slug}`, lite: true },
];

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', DATABASE_URL: `file:${path.join(dir, 'jisr.db')}` };
// Bound to the loopback IP, as behind a reverse proxy: the views are real paths, with no internal rewrite for Next to
// mistake for an external one there (vercel/next.js#94745).
const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: 'ignore' });
// Chromium refuses its sandbox to root (as in CI containers); Playwright adds the same flag for its runs.
const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs, ...sandbox] });
let missed = 0;
try {
  for (let i = 0; !(await fetch(`${base}/en`).then((r) => r.ok, () => false)); i++) {
    if (i > 100) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const rows: string[][] = [];
  for (const locale of ['en', 'ar']) {
    for (const page of pages(locale)) {
      const result = await lighthouse(`${base}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      if (!result) throw new Error(`no result for ${page.path}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) {
        missed += 1;
        rows.push([locale, page.name, '-', '-', '-', '-', '-', '-', '-', '-', `Lighthouse could not measure it: ${runtimeError.code}`]);
        continue;
      }
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const figures = {
        perf: score('performance'),
        a11y: score('accessibility'),
        bp: score('best-practices'),
        seo: score('seo'),
        lcp: (audits['largest-contentful-paint']?.numericValue ?? 0) / 1000,
        cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
        tbt: audits['total-blocking-time']?.numericValue ?? 0,
        kb: (audits['total-byte-weight']?.numericValue ?? 0) / 1024,
      };
      const misses = [
        figures.perf < (page.lite ? 100 : 95) && `performance ${figures.perf}`,
        figures.a11y < 100 && `accessibility ${figures.a11y}`,
        figures.bp < 100 && `best practices ${figures.bp}`,
        figures.seo < 100 && `SEO ${figures.seo}`,
        figures.cls > 0.002 && `CLS ${figures.cls.toFixed(3)}`,
      ].filter(Boolean);
      missed += misses.length;
      rows.push([locale, page.name, String(figures.perf), String(figures.a11y), String(figures.bp), String(figures.seo), `${figures.lcp.toFixed(2)} s`, figures.cls.toFixed(3), `${Math.round(figures.tbt)} ms`, figures.kb.toFixed(1), misses.join(', ') || 'ok']);
    }
  }
  const head = ['locale', 'page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT', 'kB', 'targets'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  console.log('\nTargets: performance >= 95 (lite 100); accessibility, best practices and SEO 100; CLS <= 0.002.');
  console.log(missed === 0 ? 'All targets met.' : `${missed} target(s) missed.`);
} finally {
  chrome.kill();
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(missed === 0 ? 0 : 1);
