// npm run bench:review: the server's time to render the workbench for a 200-segment report, and to change a
// segment's state, each over 200 requests on this machine, against `next start` with a real SQLite database.
// Targets: render p95 < 150 ms, state change p95 < 30 ms. Uses the current build (the npm script builds first).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-bench-review-'));
const contentDir = path.join(dir, 'content');
const port = 3300 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
const slug = 'bench-two-hundred-segments';
const runs = 200;

// A copy of the real content plus one long report: a headline, a standfirst and 198 blocks in both languages.
fs.cpSync(path.join(root, 'content'), contentDir, { recursive: true });
const blocks = Array.from({ length: 198 }, (_, i) => ({
  id: `p${i + 1}`,
  type: i % 20 === 0 ? 'heading' : 'paragraph',
  en: `Paragraph ${i + 1}: Amnesty International said on 3 April 2025 that more than 100 people were killed in Baniyas.`,
  ar: `الفقرة ${i + 1}: قالت منظمة العفو الدولية في 3 أبريل 2025 إن أكثر من 100 شخص قتلوا في بانياس.`,
}));
fs.writeFileSync(
  path.join(contentDir, 'reports', `${slug}.json`),
  JSON.stringify({
    slug,
    section: 'syria',
    publishedAt: '2025-04-03T11:00:00+03:00',
    originalLanguage: 'en',
    headline: { en: 'A long report for the benchmark', ar: 'تقرير طويل لقياس الأداء' },
    standfirst: { en: 'Two hundred segments.', ar: 'مئتا مقطع.' },
    blocks,
  }),
);

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', CONTENT_DIR: contentDir, DATABASE_URL: `file:${path.join(dir, 'jisr.db')}` };
const password = crypto.randomBytes(12).toString('base64url');

function run(args: string[], input?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['pipe', 'ignore', 'inherit'] });
    child.stdin.end(input ?? '');
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function timed(request: () => Promise<Response>): Promise<number> {
  const start = performance.now();
  const response = await request();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return performance.now() - start;
}

await run([path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/reviewer-add.ts', '--email', 'bench@jisr.test', '--name', 'Bench'], `${password}\n`);
const server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, env, stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    if (i > 100) throw new Error('the server did not start');
    const ok = await fetch(`${base}/en`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: 'bench@jisr.test', password }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  if (!signIn.ok || !cookie) throw new Error(`sign-in failed: ${signIn.status}`);
  const headers = { cookie, origin: base };

  const page = () => fetch(`${base}/en/review/${slug}`, { headers });
  for (let i = 0; i < 10; i++) await timed(page); // warm up
  const render: number[] = [];
  for (let i = 0; i < runs; i++) render.push(await timed(page));

  const segments: string[] = ['headline', 'standfirst', ...blocks.map((b) => b.id)];
  const change = (i: number) => () =>
    fetch(`${base}/api/review/${slug}/segments/${segments[i % segments.length]}/state`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'reviewed', baseVersion: 0 }),
    });
  await timed(() => fetch(`${base}/api/review/trnc-explained`, { headers })); // warm up the route
  const writes: number[] = [];
  for (let i = 0; i < runs; i++) writes.push(await timed(change(i)));

  const rows = [
    ['workbench render (200 segments)', render, 150],
    ['state change', writes, 30],
  ] as const;
  console.log(`\n${'measure'.padEnd(34)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'target p95'.padStart(12)}  result`);
  for (const [name, times, target] of rows) {
    const sorted = [...times].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    console.log(
      `${name.padEnd(34)}${percentile(sorted, 50).toFixed(1).padStart(8)}${p95.toFixed(1).padStart(8)}${`< ${target}`.padStart(12)}  ${p95 < target ? 'met' : 'MISSED'}`,
    );
  }
  console.log(`\n${runs} requests each, one at a time, over loopback to next start with a SQLite file database.`);
} finally {
  server.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}
