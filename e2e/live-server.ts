import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../scripts/free-port';

// A second server of the same build, bound to a loopback IP, reading a copy of the content that a test may change,
// with a copy of the test database (so its accounts sign in) and its own log to read.

export type LiveServer = {
  origin: string;
  contentDir: string;
  /** Everything the server printed so far. */
  log: () => string;
  stop: () => Promise<void>;
};

async function answers(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer in time`);
}

export async function startLiveServer(): Promise<LiveServer> {
  const root = path.resolve(import.meta.dirname, '..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-live-'));
  const contentDir = path.join(dir, 'content');
  fs.cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  const database = process.env.DATABASE_URL?.replace(/^file:/, '');
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  for (const suffix of ['', '-wal', '-shm']) {
    if (database && fs.existsSync(database + suffix)) fs.copyFileSync(database + suffix, path.join(data, `jisr.db${suffix}`));
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, DATABASE_URL: `file:${path.join(data, 'jisr.db')}`, SITE_URL: origin, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    }).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
  try {
    await answers(`${origin}/en`, Date.now() + 30_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { origin, contentDir, log: () => output, stop };
}

/** Writes a report file as a publishing tool would: whole, then renamed into place. */
export function publishText(contentDir: string, slug: string, text: string) {
  const temp = path.join(contentDir, 'reports', `.${slug}.json.tmp`);
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, path.join(contentDir, 'reports', `${slug}.json`));
}

export function publish(contentDir: string, report: { slug: string } & Record<string, unknown>) {
  publishText(contentDir, report.slug, JSON.stringify(report, null, 2));
}

/** Saves over a report file in place, as many editors do (truncate, then write). */
export function saveInPlace(contentDir: string, report: { slug: string } & Record<string, unknown>) {
  fs.writeFileSync(path.join(contentDir, 'reports', `${report.slug}.json`), JSON.stringify(report, null, 2));
}

export function reportFile(contentDir: string, slug: string): Record<string, unknown> & { slug: string } {
  return JSON.parse(fs.readFileSync(path.join(contentDir, 'reports', `${slug}.json`), 'utf8'));
}

export function removeReport(contentDir: string, slug: string) {
  fs.rmSync(path.join(contentDir, 'reports', `${slug}.json`));
}
