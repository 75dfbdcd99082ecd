// npm run bench:scale: how Jisr grows with the archive. For generated corpora of 100 and 5,000 reports (and 50,000
// with `-- 50000`, or any sizes given), it builds against the corpus, starts a new server (empty caches) on a
// loopback address and prints build time, build peak memory and .next size; the time to the first 200 (new, and
// restarted on its caches) and until every report is searchable; memory after warm-up; the first render of archive
// reports and cached throughput; search p95; and publish latency. It exits 1 when a target of the live-publishing
// issue is missed. Every request goes to 127.0.0.1, and every loop is bounded.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus, random } from './generate-corpus';
import { freePort } from './free-port';

const root = path.resolve(import.meta.dirname, '..');
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const corpora = sizes.length > 0 ? sizes : [100, 5000];

const targets = {
  growth: 1.5,
  rssMb: 512,
  firstOkMs: 5000,
  searchP95Ms: 20,
  publishMs: 2000,
};

type Figures = {
  reports: number;
  buildS: number;
  buildPeakMb: number;
  nextMb: number;
  firstOkMs: number;
  restartOkMs: number;
  searchReadyMs: number;
  rssMb: number;
  firstRender: { p50: number; p95: number };
  cachedPerS: number;
  searchP95Ms: number;
  searchWarmMs: number;
  publishPageMs: number;
  publishSearchMs: number;
};

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return kb / 1024;
}

function duMb(dir: string): number {
  const out = spawnSync('du', ['-sk', dir], { encoding: 'utf8' }).stdout;
  return Number(out.split('\t')[0]) / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed(url: string): Promise<{ ms: number; status: number; body: string }> {
  const start = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  return { ms: performance.now() - start, status: response.status, body };
}

/** Polls until `check` holds, at most `limitMs`; returns the time it took, or Infinity. */
async function until(check: () => Promise<boolean>, limitMs: number): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < limitMs) {
    if (await check().catch(() => false)) return performance.now() - start;
    await sleep(20);
  }
  return Infinity;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function build(contentDir: string): Promise<{ s: number; peakMb: number }> {
  const start = performance.now();
  const child = spawn(process.execPath, [next, 'build'], { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid!))), 200);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`next build failed:\n${output}`);
  return { s: (performance.now() - start) / 1000, peakMb };
}

async function measure(reports: number): Promise<Figures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jisr-scale-${reports}-`));
  let server: ChildProcess | undefined;
  try {
    const contentDir = path.join(dir, 'content');
    generateCorpus(contentDir, reports);
    const built = await build(contentDir);
    const nextMb = duMb(path.join(root, '.next'));

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const started = performance.now();
    // The same server twice: new, then restarted on the caches the first left (in `dir`, deleted afterwards).
    const startServer = () =>
      spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: contentDir, CONTENT_CACHE_DIR: path.join(dir, 'cache'), DATABASE_URL: `file:${path.join(dir, 'jisr.db')}`, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
    server = startServer();
    let log = '';
    server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const waited = await until(async () => (await fetch(`${origin}/en`)).ok, 120_000);
    const firstOkMs = Number.isFinite(waited) ? performance.now() - started : Infinity;
    // The search index of a new server fills in the background: the figures below are for a server that is ready.
    await until(async () => log.includes('[search] index current'), 600_000);
    const searchReadyMs = performance.now() - started;

    const slugs = fs.readdirSync(path.join(contentDir, 'reports')).map((f) => f.slice(0, -5));
    const rand = random(3);
    const pick = () => slugs[Math.floor(rand() * slugs.length)]!;

    // Warm-up: the front page, a few lists, 50 reports and 50 searches in each language.
    for (const p of ['/en', '/ar', '/en/sections/syria', '/ar/search?q=سوريا']) await timed(`${origin}${p}`);
    const searchWarm = await timed(`${origin}/api/search?q=amnesty&locale=en`);
    for (let i = 0; i < 50; i++) await timed(`${origin}/${i % 2 ? 'ar' : 'en'}/reports/${pick()}`);

    // First render of archive reports never asked for before.
    const asked = new Set<string>();
    const firstRenders: number[] = [];
    for (let i = 0; i < 40; i++) {
      let slug = pick();
      while (asked.has(slug)) slug = pick();
      asked.add(slug);
      firstRenders.push((await timed(`${origin}/en/reports/${slug}/parallel`)).ms);
    }

    // Cached throughput: one report page, 16 at a time, for 5 s at most and 20,000 requests at most.
    const cachedUrl = `${origin}/en/reports/${[...asked][0]}/parallel`;
    let done = 0;
    const deadline = performance.now() + 5000;
    const throughputStart = performance.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (performance.now() < deadline && done < 20_000) {
          await (await fetch(cachedUrl)).arrayBuffer();
          done += 1;
        }
      }),
    );
    const cachedPerS = done / ((performance.now() - throughputStart) / 1000);

    // Search: 200 queries over HTTP.
    const words = ['syria', 'amnesty', 'coast', 'حقوق', 'سوريا', 'الساحل', 'وزير', 'elections', 'قرار', 'report'];
    const searchTimes: number[] = [];
    for (let i = 0; i < 200; i++) searchTimes.push((await timed(`${origin}/api/search?q=${encodeURIComponent(words[i % words.length]!)}&locale=${i % 2 ? 'ar' : 'en'}`)).ms);

    const rssMb = treeRssMb(server.pid!);

    // Publish latency: a new file, renamed into place, until its page answers and until search finds it.
    const slug = 'bench-scale-published';
    const word = 'Zanzibarquokka';
    const file = path.join(contentDir, 'reports', `${slug}.json`);
    const sample = JSON.parse(fs.readFileSync(path.join(contentDir, 'reports', `${slugs[0]}.json`), 'utf8'));
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ ...sample, slug, headline: { en: `${word} report`, ar: 'تقرير' }, publishedAt: new Date().toISOString() }));
    const written = performance.now();
    fs.renameSync(`${file}.tmp`, file);
    await until(async () => (await fetch(`${origin}/en/reports/${slug}`)).status === 200, 10_000);
    const publishPageMs = performance.now() - written;
    await until(async () => (await (await fetch(`${origin}/api/search?q=${word}&locale=en`)).text()).includes(slug), 10_000);
    const publishSearchMs = performance.now() - written;

    // A restart on the caches the first server left.
    server.kill();
    await new Promise((resolve) => server!.once('exit', resolve));
    const restarted = performance.now();
    server = startServer();
    server.stdout!.resume();
    const rewaited = await until(async () => (await fetch(`${origin}/en`)).ok, 120_000);
    const restartOkMs = Number.isFinite(rewaited) ? performance.now() - restarted : Infinity;

    return {
      reports,
      restartOkMs,
      buildS: built.s,
      buildPeakMb: built.peakMb,
      nextMb,
      firstOkMs,
      searchReadyMs,
      rssMb,
      firstRender: { p50: percentile(firstRenders, 50), p95: percentile(firstRenders, 95) },
      cachedPerS,
      searchP95Ms: percentile(searchTimes, 95),
      searchWarmMs: searchWarm.ms,
      publishPageMs,
      publishSearchMs,
    };
  } finally {
    server?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const results: Figures[] = [];
for (const n of corpora) {
  console.log(`\n${n.toLocaleString('en')} reports…`);
  const f = await measure(n);
  results.push(f);
  console.log(`  build                 ${f.buildS.toFixed(1)} s, peak ${f.buildPeakMb.toFixed(0)} MB, .next ${f.nextMb.toFixed(0)} MB`);
  console.log(`  server                first 200 after ${f.firstOkMs.toFixed(0)} ms (${f.restartOkMs.toFixed(0)} ms restarted), every report searchable after ${(f.searchReadyMs / 1000).toFixed(1)} s, ${f.rssMb.toFixed(0)} MB resident after warm-up`);
  console.log(`  archive report        first render p50 ${f.firstRender.p50.toFixed(0)} ms, p95 ${f.firstRender.p95.toFixed(0)} ms; cached ${f.cachedPerS.toFixed(0)} requests/s`);
  console.log(`  search                p95 ${f.searchP95Ms.toFixed(1)} ms over HTTP (first search ${f.searchWarmMs.toFixed(0)} ms)`);
  console.log(`  publish               page answers after ${f.publishPageMs.toFixed(0)} ms, found by search after ${f.publishSearchMs.toFixed(0)} ms`);
}

const base = results[0]!;
const largest = results.at(-1)!;
const missed: string[] = [];
const check = (label: string, value: string, ok: boolean) => {
  console.log(`  ${ok ? 'met   ' : 'MISSED'}  ${label}: ${value}`);
  if (!ok) missed.push(label);
};
console.log('\nTargets');
if (results.length > 1) {
  check(`build time at ${largest.reports} within ${targets.growth}× of ${base.reports}`, `${largest.buildS.toFixed(1)} s vs ${base.buildS.toFixed(1)} s`, largest.buildS <= base.buildS * targets.growth);
  check(`build memory at ${largest.reports} within ${targets.growth}× of ${base.reports}`, `${largest.buildPeakMb.toFixed(0)} MB vs ${base.buildPeakMb.toFixed(0)} MB`, largest.buildPeakMb <= base.buildPeakMb * targets.growth);
}
for (const f of results) {
  check(`resident memory after warm-up at ${f.reports} under ${targets.rssMb} MB`, `${f.rssMb.toFixed(0)} MB`, f.rssMb < targets.rssMb);
  check(`first 200 at ${f.reports} within ${targets.firstOkMs / 1000} s of a new server's start`, `${f.firstOkMs.toFixed(0)} ms`, f.firstOkMs <= targets.firstOkMs);
  check(`first 200 at ${f.reports} within ${targets.firstOkMs / 1000} s of a restart`, `${f.restartOkMs.toFixed(0)} ms`, f.restartOkMs <= targets.firstOkMs);
  check(`search p95 at ${f.reports} under ${targets.searchP95Ms} ms`, `${f.searchP95Ms.toFixed(1)} ms`, f.searchP95Ms < targets.searchP95Ms);
  check(`publish latency at ${f.reports} within ${targets.publishMs / 1000} s`, `${Math.max(f.publishPageMs, f.publishSearchMs).toFixed(0)} ms`, Math.max(f.publishPageMs, f.publishSearchMs) <= targets.publishMs);
}
if (!corpora.includes(50_000)) console.log('\n(The 50,000-report step is opt-in: npm run bench:scale -- 100 5000 50000.)');
if (missed.length > 0) {
  console.log(`\n${missed.length} target${missed.length === 1 ? '' : 's'} missed.`);
  process.exit(1);
}
