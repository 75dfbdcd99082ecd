// Playwright drives Debian's Chromium here (its own browser download cannot reach the network). Install it when
// it is missing and we can (root with apt-get); otherwise say exactly what to run.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const command = 'apt-get update && apt-get install -y chromium';

if (fs.existsSync(chromium)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
  hasApt = true;
} catch {}

if (isRoot && hasApt) {
  console.log(`Chromium is missing at ${chromium}; installing Debian's chromium package…`);
  execSync(command, { stdio: 'inherit', shell: '/bin/sh', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (fs.existsSync(chromium)) process.exit(0);
  console.error(`Installed, but ${chromium} is still missing. Set CHROMIUM_PATH to the Chromium binary.`);
  process.exit(1);
}

console.error(`The browser tests need Chromium at ${chromium}. Install it with:\n\n  sudo ${command}\n\nor set CHROMIUM_PATH to a Chromium binary.`);
process.exit(1);
