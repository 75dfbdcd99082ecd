// `npm start`: build first when there is no build, or when the code changed since the last one; then serve on port
// 3000 (or $PORT). Content changes need no build: the server follows the content directory as it runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const buildId = path.join(root, '.next', 'BUILD_ID');
const sources = ['app', 'components', 'i18n', 'lib', 'messages', 'public', 'proxy.ts', 'next.config.ts', 'package-lock.json'];

function newestChange(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

function needsBuild() {
  if (!fs.existsSync(buildId)) return 'there is no build yet';
  const built = fs.statSync(buildId).mtimeMs;
  const changed = sources.map((s) => path.join(root, s)).find((entry) => newestChange(entry) > built);
  return changed ? `${path.relative(root, changed) || changed} changed since the last build` : '';
}

const reason = needsBuild();
if (reason) {
  console.log(`Building Jisr first: ${reason}.`);
  const build = spawnSync(process.execPath, [next, 'build'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || '3000';
const server = spawnSync(process.execPath, [next, 'start', '-p', port], { cwd: root, env, stdio: 'inherit' });
process.exit(server.status ?? 0);
