import { derivedFile } from '../content/archive';
import type { Content } from '../content/load';
import { getReport } from '../content/queries';
import { contentStore } from '../content/store';
import type { Locale } from '../locales';
import { SearchIndex } from './fts';
import type { SearchResponse } from './index';

// The search index of the running server: one per process, on local disk beside the content archive, brought up to
// date with the content store after every change (only the reports whose version changed are indexed again), and
// reused by the next process instead of being rebuilt.

/** While catching up, index for this long at a time, then leave the server as long again for its requests. */
const sliceMs = 10;

type Live = { index: SearchIndex; indexed: Map<string, string>; content?: Content; catchingUp: boolean; started: number };
const liveKey = Symbol.for('jisr.search.live');

function live(): Live {
  const global = globalThis as Record<symbol, Live | undefined>;
  if (!global[liveKey]) {
    const store = contentStore();
    const index = new SearchIndex(derivedFile(store.dir, '.search.db'));
    const state: Live = { index, indexed: index.stamps(), catchingUp: false, started: performance.now() };
    global[liveKey] = state;
    store.onChange(() => catchUp(state));
  }
  return global[liveKey]!;
}

/** What differs between the index and the content: reports to (re)index, and slugs to drop. */
function differences(state: Live, content: Content) {
  const stamps = contentStore().servedStamps();
  const published = new Set(content.reports.map((r) => r.slug));
  const stale = content.reports.filter((r) => state.indexed.get(r.slug) !== stamps.get(r.slug));
  const gone = [...state.indexed.keys()].filter((slug) => !published.has(slug));
  return { stamps, stale, gone };
}

/** Brings the index up to the content in slices of time; a change meanwhile starts the comparison again. */
function catchUp(state: Live) {
  if (state.catchingUp) return;
  state.catchingUp = true;
  let content: Content | undefined;
  let work = { stamps: new Map<string, string>(), stale: [] as Content['reports'], gone: [] as string[] };
  let next = 0;
  const step = () => {
    try {
      const current = contentStore().content();
      if (current !== content) {
        content = current;
        work = differences(state, current);
        next = 0;
      }
      const until = performance.now() + sliceMs;
      state.index.transaction(() => {
        for (const slug of work.gone.splice(0)) {
          state.index.remove(slug);
          state.indexed.delete(slug);
        }
        for (; next < work.stale.length && performance.now() < until; next++) {
          const report = work.stale[next]!;
          const stamp = work.stamps.get(report.slug) ?? '';
          state.index.upsert(report, stamp);
          state.indexed.set(report.slug, stamp);
        }
      });
      if (next < work.stale.length) return void setTimeout(step, sliceMs);
      // Once per process: how long a new server took to have every report searchable.
      if (!state.content) console.log(`[search] index current: ${content.reports.length} reports, ready ${((performance.now() - state.started) / 1000).toFixed(1)} s after start`);
      state.content = content;
    } catch (error) {
      console.error('[search] could not update the index:', error);
    }
    state.catchingUp = false;
  };
  step();
}

/** Starts the index catching up with the content (a new server's first moments). */
export function startSearchIndex() {
  catchUp(live());
}

/** A reader's search, over what the index holds now (all of it, but in a new server's first moments). */
export function searchContent(q: string, locale: Locale, limit = 20): SearchResponse {
  const state = live();
  if (state.content !== contentStore().content()) catchUp(state);
  return state.index.search(q, { locale, limit }, getReport);
}
