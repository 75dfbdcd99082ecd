// Next's own cache of rendered pages and route handlers, kept in memory only (next.config.ts turns off the copy on
// disk), with one rule added: an entry rendered from an older content version is a miss, so the next request
// renders it afresh from the current content. Next loads this file itself, outside the app's bundles, so it is
// plain JavaScript and reads the version that lib/content/store.ts publishes on globalThis.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next requires this file as CommonJS.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

const versionKey = Symbol.for('jisr.content.version');
/** Entries remembered; past this the oldest is forgotten (its next request renders it again). */
const maxKeys = 20_000;

/**
 * The content version each entry was rendered from. Next asks for an entry before rendering it, so the version seen
 * then is the oldest the render can have used: a change during the render makes the entry a miss next time.
 * Module scope: Next makes a handler per request.
 */
const renderedAt = new Map();
const askedAt = new Map();

function remember(map, key, value) {
  map.delete(key);
  map.set(key, value);
  if (map.size > maxKeys) map.delete(map.keys().next().value);
}

module.exports = class PageCache extends FileSystemCache {
  async get(key, ctx) {
    const version = globalThis[versionKey];
    remember(askedAt, key, version);
    const entry = await super.get(key, ctx);
    if (!entry || version === undefined || renderedAt.get(key) !== version) return null;
    return entry;
  }

  async set(key, data, ctx) {
    remember(renderedAt, key, askedAt.get(key) ?? globalThis[versionKey]);
    return super.set(key, data, ctx);
  }
};
