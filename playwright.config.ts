import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium';

const port = Number(process.env.E2E_PORT || 3100);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  use: {
    // A loopback IP, as a server behind a reverse proxy is bound: every page must work there.
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
    // The service worker would answer from its caches; e2e/offline.spec.ts allows it where it is the subject.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'mobile', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  ],
  // `npm run test:e2e` (scripts/e2e.mjs) builds first against a fresh database; this serves that build.
  webServer: {
    command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/en`,
    timeout: 60_000,
    reuseExistingServer: false,
    // The server sees what the build saw (scripts/e2e.mjs): database, page size, flags.
    env: { ...(process.env as Record<string, string>), NEXT_TELEMETRY_DISABLED: '1' },
  },
});
