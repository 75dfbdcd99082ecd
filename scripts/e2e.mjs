// The browser tests: a fresh database under .cache/e2e, a build of the current code against it, three accounts
// with passwords made up for this run (two reviewers and one read-only), then Playwright. Arguments are passed on
// to Playwright (e.g. `npm run test:e2e -- e2e/review.spec.ts`).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, '.cache', 'e2e');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${path.join(dir, 'jisr.db')}`,
  E2E_PASSWORD: crypto.randomBytes(12).toString('base64url'),
  // The site's address as a crawler or a feed reader sees it: the test server's own, so every link can be opened.
  SITE_URL: `http://127.0.0.1:${process.env.E2E_PORT || 3100}`,
  // Two reports a page, so the corpus is enough to exercise pagination.
  PAGE_SIZE: '2',
  // The newsletter's outbox page, which the tests read as a mail client would.
  JISR_DEV_OUTBOX: '1',
};

function run(command, args, input) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: [input === undefined ? 'inherit' : 'pipe', 'inherit', 'inherit'], input });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const node = process.execPath;
run(node, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build']);
for (const [email, name, role] of [
  ['amal@jisr.test', 'Amal Haddad', 'reviewer'],
  ['ben@jisr.test', 'Ben Okafor', 'reviewer'],
  ['carla@jisr.test', 'Carla Reader', 'reader'],
]) {
  run(node, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/reviewer-add.ts', '--email', email, '--name', name, '--role', role], `${env.E2E_PASSWORD}\n`);
}
run(node, [path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)]);
