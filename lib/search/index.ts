import MiniSearch, { type SearchResult } from 'minisearch';
import type { Content, Report } from '../content/load';
import type { Text } from '../content/schema';
import type { Locale } from '../locales';
import { searchTerm, tokenize, tokens } from './terms';

// Full-text search over headlines, standfirsts and blocks in both languages, with MiniSearch and one shared
// normalizing tokenizer. The index is built once per loaded content, never per request.

type Doc = { id: string; slug: string; segment: string; kind: 'headline' | 'standfirst' | 'block'; en: string; ar: string };

export type Highlights = Partial<Record<Locale, Array<[number, number]>>>;

export type SearchHit = {
  slug: string;
  /** The matching block, or null when the match is in the headline or standfirst. */
  blockId: string | null;
  /** Which segment matched: headline, standfirst, or the block id. */
  segment: string;
  headline: Text;
  /** The matching passage in both languages (the aligned block in the other language). */
  snippet: Text;
  /** Where the query matched, as [start, end) character offsets into each snippet. */
  highlights: Highlights;
  score: number;
};

export type SearchResponse = { query: string; total: number; results: SearchHit[] };

type Index = { mini: MiniSearch<Doc>; reports: Map<string, Report> };

const boosts: Record<Doc['kind'], number> = { headline: 2, standfirst: 1.4, block: 1 };

export function buildIndex(reports: Report[]): Index {
  const mini = new MiniSearch<Doc>({
    fields: ['en', 'ar'],
    storeFields: ['slug', 'segment', 'kind'],
    tokenize,
    processTerm: searchTerm,
  });
  const docs: Doc[] = [];
  for (const r of reports) {
    const doc = (segment: string, kind: Doc['kind'], text: Text | undefined) => {
      if (text && (text.en || text.ar)) docs.push({ id: `${r.slug}#${segment}`, slug: r.slug, segment, kind, en: text.en ?? '', ar: text.ar ?? '' });
    };
    doc('headline', 'headline', r.headline);
    doc('standfirst', 'standfirst', r.standfirst);
    for (const block of r.blocks) doc(block.id, 'block', block);
  }
  mini.addAll(docs);
  return { mini, reports: new Map(reports.map((r) => [r.slug, r])) };
}

const cache = new WeakMap<Content, Index>();

export function indexFor(content: Content): Index {
  let index = cache.get(content);
  if (!index) {
    index = buildIndex(content.reports);
    cache.set(content, index);
  }
  return index;
}

/** Offsets of the words in `text` whose search form is one of `terms`. */
export function highlight(text: string, terms: Set<string>): Array<[number, number]> {
  return tokens(text)
    .filter((t) => {
      const term = searchTerm(t.word);
      return term !== null && terms.has(term);
    })
    .map((t) => [t.start, t.end]);
}

/** At most `max` characters around the first match, cut at word boundaries, with the highlights moved along. */
export function excerpt(text: string, ranges: Array<[number, number]>, max = 240): { text: string; ranges: Array<[number, number]> } {
  if (text.length <= max) return { text, ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 3));
  let end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '… ' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${end < text.length ? ' …' : ''}`,
    ranges: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

export type SearchOptions = { locale: Locale; limit: number };

export function search(index: Index, query: string, { locale, limit }: SearchOptions): SearchResponse {
  const options = {
    // The last word may be half-typed.
    prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
    // Typos in longer Latin words; Arabic roots are too close to one another for fuzziness.
    fuzzy: (term: string) => (/^[a-z0-9]+$/.test(term) && term.length >= 5 ? 0.2 : false),
    boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) => boosts[(stored?.kind as Doc['kind']) ?? 'block'],
    // A match in the reader's own language ranks a little higher.
    boost: { en: locale === 'en' ? 1.2 : 1, ar: locale === 'ar' ? 1.2 : 1 },
  };
  let hits: SearchResult[] = index.mini.search(query, { ...options, combineWith: 'AND' });
  if (hits.length === 0) hits = index.mini.search(query, { ...options, combineWith: 'OR' });

  // One result per report: its best passage.
  const best = new Map<string, SearchResult>();
  for (const hit of hits) if (!best.has(hit.slug)) best.set(hit.slug, hit);

  const results = [...best.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((hit): SearchHit => {
      const report = index.reports.get(hit.slug)!;
      const segment = hit.segment as string;
      const text: Text = segment === 'headline' ? report.headline : segment === 'standfirst' ? (report.standfirst ?? {}) : (report.blocks.find((b) => b.id === segment) ?? {});
      const terms = new Set(Object.keys(hit.match));
      const snippet: Text = {};
      const highlights: Highlights = {};
      for (const lang of ['en', 'ar'] as const) {
        const value = text[lang];
        if (!value) continue;
        const cut = excerpt(value, highlight(value, terms));
        snippet[lang] = cut.text;
        if (cut.ranges.length > 0) highlights[lang] = cut.ranges;
      }
      return {
        slug: hit.slug,
        blockId: hit.kind === 'block' ? segment : null,
        segment,
        headline: report.headline,
        snippet,
        highlights,
        score: Math.round(hit.score * 1000) / 1000,
      };
    });
  return { query, total: best.size, results };
}
