// npm run bench:search: builds the search index over a generated corpus of 5,000 reports and prints the build time,
// the index's memory and query times (p50/p95) over 500 mixed queries. Target: p95 under 20 ms.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readContent } from '../lib/content/load';
import { buildIndex, search } from '../lib/search/index';
import { tokens } from '../lib/search/terms';
import { generateCorpus, random } from './generate-corpus';

const REPORTS = 5000;
const QUERIES = 500;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-bench-search-'));
try {
  generateCorpus(dir, REPORTS);
  const { content, problems } = readContent(dir);
  if (!content) throw new Error(problems.map((p) => p.message).join('\n'));
  const segments = content.reports.reduce((n, r) => n + r.blocks.length + 2, 0);

  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const index = buildIndex(content.reports);
  const buildMs = performance.now() - start;
  global.gc?.();
  const memory = process.memoryUsage().heapUsed - before;

  // Queries a reader would type: words and pairs in both languages, names, numbers, Arabic with full vowels or
  // Arabic-Indic digits, and half-typed words.
  const next = random(7);
  const words = (lang: 'en' | 'ar') =>
    content.reports.slice(0, 300).flatMap((r) => r.blocks.flatMap((b) => tokens(b[lang] ?? '').map((t) => t.word))).filter((w) => w.length > 3);
  const en = words('en');
  const ar = words('ar');
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  const vowelled = (w: string) => w.split('').join('َ');
  const makers = [
    () => pick(en),
    () => `${pick(en)} ${pick(en)}`,
    () => pick(en).slice(0, 4),
    () => pick(ar),
    () => `${pick(ar)} ${pick(ar)}`,
    () => vowelled(pick(ar)),
    () => pick(ar).slice(0, 3),
    () => String(Math.floor(next() * 2030)).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!),
  ];
  const queries = Array.from({ length: QUERIES }, (_, i) => makers[i % makers.length]!());
  for (const q of queries.slice(0, 20)) search(index, q, { locale: 'en', limit: 10 }); // warm up
  const times = queries.map((q, i) => {
    const t = performance.now();
    search(index, q, { locale: i % 2 ? 'ar' : 'en', limit: 10 });
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  const p = (n: number) => times[Math.min(times.length - 1, Math.ceil((n / 100) * times.length) - 1)]!;

  console.log(`corpus            ${REPORTS} reports, ${segments} segments, both languages`);
  console.log(`index build       ${buildMs.toFixed(0)} ms`);
  console.log(`index memory      ${(memory / 1e6).toFixed(1)} MB (heap${global.gc ? '' : ', without forced GC: approximate'})`);
  console.log(`query p50         ${p(50).toFixed(2)} ms`);
  console.log(`query p95         ${p(95).toFixed(2)} ms   (target < 20 ms: ${p(95) < 20 ? 'met' : 'MISSED'})`);
  console.log(`query max         ${times.at(-1)!.toFixed(2)} ms over ${QUERIES} mixed queries`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
