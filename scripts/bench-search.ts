// npm run bench:search [-- REPORTS]: over a generated corpus (5,000 reports unless given), builds the in-memory
// MiniSearch index (up to 10,000 reports: beyond, it is what the SQLite index replaces) and the SQLite FTS5 index on
// disk, and prints build time, size and query times (p50/p95) over 500 mixed queries. Target: the SQLite index's
// p95 under 20 ms; exits non-zero when missed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readContent, type Report } from '../lib/content/load';
import type { Locale } from '../lib/locales';
import { SearchIndex } from '../lib/search/fts';
import { buildIndex, search } from '../lib/search/index';
import { tokens } from '../lib/search/terms';
import { generateCorpus, random } from './generate-corpus';

const REPORTS = Number(process.argv[2] ?? 5000);
const QUERIES = 500;
const TARGET_P95_MS = 20;
const MINISEARCH_UP_TO = 10_000;
if (!Number.isInteger(REPORTS) || REPORTS < 1) throw new Error(`Usage: npm run bench:search [-- REPORTS], not ${process.argv[2]}`);

const ms = (n: number) => `${n.toFixed(n < 100 ? 2 : 0)} ms`;
const line = (label: string, value: string) => console.log(`${label.padEnd(26)}${value}`);

/** Wall and CPU times of `run` over the queries (alternating locales), sorted, after a warm-up. */
function time(queries: string[], run: (q: string, locale: Locale) => void) {
  for (const q of queries.slice(0, 20)) run(q, 'en');
  const wall: number[] = [];
  const cpu: number[] = [];
  queries.forEach((q, i) => {
    const [t, c] = [performance.now(), process.cpuUsage()];
    run(q, i % 2 ? 'ar' : 'en');
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  });
  const p = (times: number[], n: number) => times.sort((a, b) => a - b)[Math.min(times.length - 1, Math.ceil((n / 100) * times.length) - 1)]!;
  return { p50: p(wall, 50), p95: p(wall, 95), max: p(wall, 100), cpu95: p(cpu, 95) };
}

function printTimes(t: ReturnType<typeof time>, target: boolean) {
  line('  query p50', ms(t.p50));
  line('  query p95', `${ms(t.p95)}${target ? `   (target < ${TARGET_P95_MS} ms: ${t.p95 < TARGET_P95_MS ? 'met' : 'MISSED'})` : ''}`);
  line('  query p95, CPU time', `${ms(t.cpu95)}   (the same without waiting for other processes)`);
  line('  query max', `${ms(t.max)} over ${QUERIES} mixed queries`);
}

const fileSize = (file: string) => ['', '-wal', '-shm'].reduce((n, suffix) => n + (fs.statSync(file + suffix, { throwIfNoEntry: false })?.size ?? 0), 0);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-bench-search-'));
let missed = false;
try {
  let start = performance.now();
  generateCorpus(path.join(dir, 'content'), REPORTS);
  const { content, problems } = readContent(path.join(dir, 'content'));
  if (!content) throw new Error(problems.map((p) => p.message).join('\n'));
  const segments = content.reports.reduce((n, r) => n + r.blocks.length + 2, 0);
  line('corpus', `${REPORTS} reports, ${segments} segments, both languages (generated and read in ${ms(performance.now() - start)})`);

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

  console.log('MiniSearch, in memory, built by every process:');
  if (REPORTS > MINISEARCH_UP_TO) console.log(`  not measured above ${MINISEARCH_UP_TO} reports`);
  else {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    start = performance.now();
    const index = buildIndex(content.reports);
    line('  build', ms(performance.now() - start));
    global.gc?.();
    line('  memory', `${((process.memoryUsage().heapUsed - before) / 1e6).toFixed(1)} MB (heap${global.gc ? '' : ', without forced GC: approximate'})`);
    printTimes(
      time(queries, (q, locale) => search(index, q, { locale, limit: 10 })),
      false,
    );
  }

  console.log('SQLite FTS5, on disk, built once and kept:');
  const file = path.join(dir, 'search.db');
  let fts = new SearchIndex(file);
  start = performance.now();
  fts.transaction(() => content.reports.forEach((r) => fts.upsert(r, r.publishedAt)));
  line('  build', ms(performance.now() - start));
  fts.close();
  line('  file', `${(fileSize(file) / 1e6).toFixed(1)} MB`);
  start = performance.now();
  fts = new SearchIndex(file);
  const stamps = fts.stamps();
  line('  reopen and read stamps', `${ms(performance.now() - start)} (${stamps.size} reports)`);
  start = performance.now();
  const changed = content.reports.slice(0, 10);
  fts.transaction(() => changed.forEach((r) => fts.upsert(r, 'changed')));
  line('  re-index 10 reports', ms(performance.now() - start));
  const bySlug = new Map<string, Report>(content.reports.map((r) => [r.slug, r]));
  const times = time(queries, (q, locale) => fts.search(q, { locale, limit: 10 }, (slug) => bySlug.get(slug)));
  printTimes(times, true);
  missed = times.p95 >= TARGET_P95_MS;
  fts.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
if (missed) process.exitCode = 1;
