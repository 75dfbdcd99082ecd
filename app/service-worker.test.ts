import path from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

// A worker has no `process`: a module it bundles that reads the environment at load stops it from installing.
it('the service worker bundles nothing that reads process', async () => {
  const result = await build({ entryPoints: [path.join(import.meta.dirname, 'service-worker.ts')], bundle: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent' });
  expect(result.outputFiles[0]!.text).not.toMatch(/\bprocess\./);
});
