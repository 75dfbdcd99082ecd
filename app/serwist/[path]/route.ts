import { spawnSync } from 'node:child_process';
import { createSerwistRoute } from '@serwist/turbopack';
import { locales } from '@/lib/locales';
import { offlinePagePath } from '@/lib/offline/offline';

// The service worker (app/service-worker.ts), bundled with esbuild at build time and served from /serwist/sw.js with
// the whole site as its scope. A new commit gives the offline pages a new revision, so installed workers fetch them
// again.
const revision = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf-8' }).stdout?.trim() || crypto.randomUUID();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'app/service-worker.ts',
  useNativeEsbuild: true,
  // The shell: styles (hashed), the icons and each language's offline page. Scripts, fonts and pages are kept as
  // the reader meets them rather than all fetched up front, which a metered connection pays for.
  globPatterns: ['.next/static/**/*.css', 'public/icons/*.png', 'public/favicon.svg'],
  additionalPrecacheEntries: locales.map((locale) => ({ url: offlinePagePath(locale), revision })),
});
