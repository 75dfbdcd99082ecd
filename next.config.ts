import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { withSerwist } from '@serwist/turbopack';
import { ContentError, contentDir, readContent } from './lib/content/load';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The SQLite driver loads a native binary at run time: keep it out of the server bundle.
  serverExternalPackages: ['@libsql/client', 'libsql'],
  // Rendered pages are cached in memory until the content they came from changes (lib/content/page-cache.cjs);
  // nothing is written to disk, so the archive's size does not fill .next.
  cacheHandler: path.resolve('lib/content/page-cache.cjs'),
  experimental: {
    // The root layout lives in app/[locale], so URLs outside any route need a 404 page of their own.
    globalNotFound: true,
    isrFlushToDisk: false,
  },
};

export default function nextConfig(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD && process.env.__JISR_CONTENT_CHECKED !== contentDir()) {
    // Fail the build on invalid content before compiling anything, naming every problem (as content:check does).
    const { problems } = readContent();
    if (problems.length > 0) throw new ContentError(problems);
    // The build's workers load this file again; they inherit this, and need not read the whole archive twice.
    process.env.__JISR_CONTENT_CHECKED = contentDir();
  }
  // withSerwist keeps esbuild, which bundles the service worker, out of the server bundle.
  return withSerwist(withNextIntl(config));
}
