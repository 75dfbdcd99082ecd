/// <reference lib="webworker" />
// The service worker, bundled by Serwist (app/serwist/[path]/route.ts). It keeps what a reader needs to go on
// reading without a connection; see docs/decisions/0010-offline-reading.md.
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, StaleWhileRevalidate, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from 'serwist';
import {
  offlineCopyHeader,
  offlineCaches,
  offlineLimits,
  offlinePagePath,
  saveInto,
  savedIndexUrl,
  type SavedReport,
  type WorkerReply,
  type WorkerRequest,
} from '@/lib/offline/offline';
import { localeOfPath, parseSitePath, reportPathPattern } from '@/lib/site/paths';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

async function savedIndex(): Promise<SavedReport[]> {
  const response = await (await caches.open(offlineCaches.saved)).match(savedIndexUrl);
  return response ? ((await response.json()) as SavedReport[]) : [];
}

async function writeSavedIndex(index: SavedReport[]) {
  await (await caches.open(offlineCaches.saved)).put(savedIndexUrl, Response.json(index));
}

// Index changes run one after another, so two quick saves cannot overwrite each other's entry.
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

const sameReport = (a: Pick<SavedReport, 'locale' | 'slug'>) => (b: SavedReport) => a.locale === b.locale && a.slug === b.slug;

/** Removes entries and every stored file no remaining entry needs. */
async function dropSaved(index: SavedReport[], dropped: SavedReport[]) {
  const cache = await caches.open(offlineCaches.saved);
  const kept = new Set(index.flatMap((entry) => entry.urls));
  await Promise.all(dropped.flatMap((entry) => entry.urls.filter((url) => !kept.has(url)).map((url) => cache.delete(url))));
}

async function save(request: Extract<WorkerRequest, { type: 'save' }>): Promise<WorkerReply> {
  const urls = request.urls.map((url) => new URL(url, self.location.origin)).filter((url) => url.origin === self.location.origin);
  let responses: Response[];
  try {
    // Marked, so the proxy does not count the copy as a reading.
    responses = await Promise.all(urls.map((url) => fetch(url, { headers: offlineCopyHeader })));
  } catch {
    return { ok: false, error: 'network' };
  }
  if (responses.some((response) => !response.ok)) return { ok: false, error: 'network' };
  return inTurn(async () => {
    try {
      const cache = await caches.open(offlineCaches.saved);
      await Promise.all(urls.map((url, i) => cache.put(url, responses[i]!)));
      const now = Date.now();
      const entry = { locale: request.locale, slug: request.slug, title: request.title, urls: urls.map((url) => url.pathname + url.search), savedAt: now, readAt: now };
      const { kept, dropped } = saveInto(await savedIndex(), entry, offlineLimits.saved);
      await dropSaved(kept, dropped);
      await writeSavedIndex(kept);
      return { ok: true, saved: kept };
    } catch {
      return { ok: false, error: 'storage' };
    }
  });
}

function unsave(request: Extract<WorkerRequest, { type: 'unsave' }>): Promise<WorkerReply> {
  return inTurn(async () => {
    const index = await savedIndex();
    const kept = index.filter((entry) => !sameReport(request)(entry));
    await dropSaved(kept, index.filter(sameReport(request)));
    await writeSavedIndex(kept);
    return { ok: true, saved: kept };
  });
}

/** Marks a saved report as just read, for the eviction order. */
function touchSaved(path: string) {
  return inTurn(async () => {
    const index = await savedIndex();
    const entry = index.find((e) => e.urls.includes(path));
    if (!entry) return;
    entry.readAt = Date.now();
    await writeSavedIndex(index);
  });
}

/**
 * Reports are kept in two places: every one opened (bounded, least recently read evicted) and those saved. A fresh
 * copy from the network replaces the saved one too; offline, a report missing from the first is looked for in the
 * second.
 */
const savedCopies: SerwistPlugin = {
  cacheDidUpdate: async ({ request, newResponse }) => {
    const cache = await caches.open(offlineCaches.saved);
    if (!(await cache.match(request, { ignoreVary: true }))) return;
    await cache.put(request, newResponse);
    await touchIfReport(request);
  },
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
    // A kept image, script or font needs no second look.
    if (cachedResponse && !reportPathPattern.test(new URL(request.url).pathname)) return cachedResponse;
    const saved = await (await caches.open(offlineCaches.saved)).match(request, { ignoreVary: true });
    if (saved) await touchIfReport(request);
    return cachedResponse ?? saved ?? null;
  },
};

/** Reading a saved report (not its images or fonts) counts as reading it, for the eviction order. */
function touchIfReport(request: Request) {
  const url = new URL(request.url);
  return reportPathPattern.test(url.pathname) ? touchSaved(url.pathname + url.search) : undefined;
}

const sameOriginPage = (request: Request, url: URL) => url.origin === self.location.origin && request.mode === 'navigate';

/** Not the workbench, the lite edition (which has no script to install this worker) or a development page. */
function readingPage(pathname: string): boolean {
  const path = parseSitePath(pathname);
  return path.kind === 'outside' || !(path.lite || (path.kind === 'page' && (path.name === 'review' || path.name === 'dev')));
}

// Next varies its pages on its router's headers, which a reload offline does not send the same way.
const matchOptions = { ignoreVary: true };

const reportStrategy = new NetworkFirst({
  cacheName: offlineCaches.reports,
  networkTimeoutSeconds: 4,
  matchOptions,
  plugins: [new ExpirationPlugin({ maxEntries: offlineLimits.reports, maxAgeFrom: 'last-used' }), savedCopies],
});

// Scripts, styles and fonts have hashed names: a stored copy is always right.
const staticStrategy = new CacheFirst({
  cacheName: 'jisr-static',
  plugins: [new ExpirationPlugin({ maxEntries: 80, maxAgeFrom: 'last-used' }), savedCopies],
});

const imageStrategy = new StaleWhileRevalidate({
  cacheName: 'jisr-images',
  plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeFrom: 'last-used' }), savedCopies],
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // A report: the network's copy when it comes within a few seconds, else the kept one.
      matcher: ({ request, url }) => sameOriginPage(request, url) && reportPathPattern.test(url.pathname),
      handler: reportStrategy,
    },
    {
      // Other reading pages (not the workbench, the lite edition, which has no script to install this, or the API):
      // lists of news go stale, so the kept copy is for when there is no network at all, not a slow one.
      matcher: ({ request, url }) => sameOriginPage(request, url) && readingPage(url.pathname),
      handler: new NetworkFirst({
        cacheName: offlineCaches.pages,
        matchOptions,
        plugins: [new ExpirationPlugin({ maxEntries: offlineLimits.pages, maxAgeFrom: 'last-used' })],
      }),
    },
    {
      matcher: ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/_next/static/'),
      handler: staticStrategy,
    },
    {
      matcher: ({ request, url }) => url.origin === self.location.origin && request.destination === 'image',
      handler: imageStrategy,
    },
    {
      // The rest still gets the offline page when the network fails.
      matcher: ({ request, url }) => sameOriginPage(request, url),
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    // Anything not kept: the offline page, in the language of the address.
    entries: (['en', 'ar'] as const).map((locale) => ({
      url: offlinePagePath(locale),
      matcher: ({ request }) => request.destination === 'document' && localeOfPath(new URL(request.url).pathname) === locale,
    })),
  },
});

self.addEventListener('message', (event) => {
  const request = event.data as WorkerRequest;
  const port = event.ports[0];
  const reply = (answer: Promise<WorkerReply>) => event.waitUntil(answer.then((value) => port?.postMessage(value)));
  if (request?.type === 'save') reply(save(request));
  else if (request?.type === 'unsave') reply(unsave(request));
  else if (request?.type === 'opened') {
    // The first page loads before the worker is in charge: keep it (if a report) and its scripts, styles, fonts and
    // images as if they had come through the worker, so it and the next page opened offline have them.
    const url = new URL(request.url, self.location.origin);
    const own = (u: URL) => u.origin === self.location.origin;
    const assets = request.assets.map((asset) => new URL(asset, self.location.origin)).filter(own);
    const copies = assets.flatMap((asset) => {
      if (asset.pathname.startsWith('/_next/static/')) return [staticStrategy.handle({ event, request: new Request(asset) })];
      if (/\.(?:svg|png|jpe?g|webp|avif|gif)$/i.test(asset.pathname)) return [imageStrategy.handle({ event, request: new Request(asset) })];
      return [];
    });
    if (own(url) && reportPathPattern.test(url.pathname)) copies.push(reportStrategy.handle({ event, request: new Request(url, { headers: offlineCopyHeader }) }));
    event.waitUntil(Promise.allSettled(copies));
  }
});

serwist.addEventListeners();
