import type { Locale } from '../locales';

// Offline reading: names and limits shared by the service worker (app/sw.ts), the pages that talk to it and the
// settings panel that shows how much is kept. See docs/decisions/0010-offline-reading.md.

/** Served by app/serwist/[path]/route.ts, with a scope of the whole site. */
export const serviceWorkerUrl = '/serwist/sw.js';

export const offlineCaches = {
  /** Every report page the reader opens, least recently read removed first past `reports`. */
  reports: 'jisr-reports',
  /** Reports the reader saved (every view and their images), and the index of them (`savedIndexUrl`). */
  saved: 'jisr-saved',
  /** Other pages the reader opened (front page, sections), so the shell still leads somewhere offline. */
  pages: 'jisr-pages',
} as const;

export const offlineLimits = {
  /** Report pages kept from reading (each view of a report is a page). */
  reports: 30,
  /** Reports saved for offline. */
  saved: 20,
  pages: 12,
} as const;

/** The saved reports' index, kept in the saved cache under an address no page has. */
export const savedIndexUrl = '/serwist/saved-index.json';

export type SavedReport = {
  locale: Locale;
  slug: string;
  title: string;
  /** The report's pages and images, as stored. */
  urls: string[];
  savedAt: number;
  /** When the reader last opened it; the least recently read go first past the limit. */
  readAt: number;
};

/**
 * The saved reports after saving or re-saving one: it replaces any earlier copy of the same report, and past the
 * limit the least recently read go. Returns what stays (most recently read first) and what goes.
 */
export function saveInto(index: SavedReport[], entry: SavedReport, limit: number): { kept: SavedReport[]; dropped: SavedReport[] } {
  const others = index.filter((e) => e.locale !== entry.locale || e.slug !== entry.slug);
  const ordered = [entry, ...others].sort((a, b) => b.readAt - a.readAt);
  return { kept: ordered.slice(0, limit), dropped: ordered.slice(limit) };
}

/** Page → worker. A reply comes back on the message's port. */
export type WorkerRequest =
  | { type: 'save'; locale: Locale; slug: string; title: string; urls: string[] }
  | { type: 'unsave'; locale: Locale; slug: string }
  /** The page loaded before the worker controlled it: keep it as if it had passed through. */
  | { type: 'opened'; url: string; assets: string[] };

export type WorkerReply = { ok: true; saved: SavedReport[] } | { ok: false; error: 'network' | 'storage' };

export function offlinePagePath(locale: Locale): string {
  return `/${locale}/offline`;
}

/** Sent with the worker's own fetches of a report (saving, or keeping the first page), so they are not counted as readings. */
export const offlineCopyHeader = { 'X-Jisr-Offline-Copy': '1' };
