// Builds the bare Next 16 + next-intl app in bench/baseline-app with the project's versions and records the
// JavaScript its locale page references, as the yardstick for bench:weight. Needs the npm registry (~1 minute).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kB, measurePage } from './page-weight';

const root = path.resolve(import.meta.dirname, '..');
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const version = (name: string) => lock.packages[`node_modules/${name}`].version as string;
const packages = ['next', 'react', 'react-dom', 'next-intl', 'typescript', '@types/react', '@types/node'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-baseline-'));
fs.cpSync(path.join(root, 'bench', 'baseline-app'), dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
const run = (command: string) => execSync(command, { cwd: dir, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
run(`npm install --no-audit --no-fund ${packages.map((p) => `${p}@${version(p)}`).join(' ')}`);
run('npx next build');

const pages = ['en', 'ar'].map((locale) => measurePage(path.join(dir, '.next'), path.join(dir, '.next', 'server', 'app', `${locale}.html`)));
const jsGzip = Math.max(...pages.map((p) => p.js.gzip));
const baseline = {
  jsGzip,
  jsRaw: Math.max(...pages.map((p) => p.js.raw)),
  files: pages[0]!.js.files,
  measuredAt: new Date().toISOString().slice(0, 10),
  versions: Object.fromEntries(packages.slice(0, 4).map((p) => [p, version(p)])),
  method: 'gzip -9 of every script a prerendered locale page references (src and preload), noModule polyfills excluded',
};
fs.writeFileSync(path.join(root, 'bench', 'weight-baseline.json'), JSON.stringify(baseline, null, 2) + '\n');
fs.rmSync(dir, { recursive: true, force: true });
console.log(`Baseline: ${kB(jsGzip)} kB gzip of JavaScript in ${baseline.files} files; written to bench/weight-baseline.json`);
