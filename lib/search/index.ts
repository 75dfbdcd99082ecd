import MiniSearch, { type SearchResult } from 'minisearch';
import type { Report } from '../content/load';
import type { Text } from '../content/schema';
import type { Locale } from '../locales';
import { searchTerm, tokenize, tokens } from './terms';

// What search shares between its two indexes: the fields, weights, typo rule and the building of a result (passage
// and highlights). The server searches the SQLite index on disk (fts.ts, through live.ts); the MiniSearch index
// here is the in-memory reference the tests and bench:search hold the other to.

// One document per report, its text in six fields; the passage to show is found afterwards, for the few results on
// the page only. (A document per paragraph made the index twelve times larger and queries several times slower.)
export type Doc = {
  id: string;
  headlineEn: string;
  headlineAr: string;
  standfirstEn: string;
  standfirstAr: string;
  bodyEn: string;
  bodyAr: string;
};

export const fields = ['headlineEn', 'headlineAr', 'standfirstEn', 'standfirstAr', 'bodyEn', 'bodyAr'] as const;
export type Field = (typeof fields)[number];

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

export function documentOf(r: Report): Doc {
  return {
    id: r.slug,
    headlineEn: r.headline.en ?? '',
    headlineAr: r.headline.ar ?? '',
    standfirstEn: r.standfirst?.en ?? '',
    standfirstAr: r.standfirst?.ar ?? '',
    bodyEn: r.blocks.map((b) => b.en ?? '').join('\n'),
    bodyAr: r.blocks.map((b) => b.ar ?? '').join('\n'),
  };
}

export function buildIndex(reports: Report[]): Index {
  const mini = new MiniSearch<Doc>({ fields: [...fields], storeFields: [], tokenize, processTerm: searchTerm });
  mini.addAll(reports.map(documentOf));
  return { mini, reports: new Map(reports.map((r) => [r.slug, r])) };
}

/** The matched search terms of a result: a set, or a test when the terms are not listed (a prefix's words). */
export type Terms = Pick<ReadonlySet<string>, 'has'>;

/** Offsets of the words in `text` whose search form is one of `terms`. */
export function highlight(text: string, terms: Terms): Array<[number, number]> {
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

/** The passage of a report to show for a match: the headline, the standfirst, or the block with most matching words. */
function bestPassage(report: Report, terms: Terms, matchedFields: Set<string>): { segment: string; text: Text } {
  if (matchedFields.has('headlineEn') || matchedFields.has('headlineAr')) return { segment: 'headline', text: report.headline };
  if (report.standfirst && (matchedFields.has('standfirstEn') || matchedFields.has('standfirstAr'))) return { segment: 'standfirst', text: report.standfirst };
  let best = { segment: report.blocks[0]?.id ?? 'headline', text: (report.blocks[0] ?? report.headline) as Text, count: -1 };
  for (const block of report.blocks) {
    const found = new Set<string>();
    for (const lang of ['en', 'ar'] as const) {
      for (const [s, e] of highlight(block[lang] ?? '', terms)) found.add(searchTerm(block[lang]!.slice(s, e))!);
    }
    if (found.size > best.count) best = { segment: block.id, text: block, count: found.size };
  }
  return best;
}

/** How many typos a query word may have: none in Arabic or short words, 1 in Latin words of 5–7 letters, 2 from 8. */
export function typos(term: string): number {
  return /^[a-z0-9]+$/.test(term) && term.length >= 5 ? Math.min(2, Math.round(term.length * 0.2)) : 0;
}

/** Each field's weight for a reader: headlines count most; a match in the reader's own language a little more. */
export function boosts(locale: Locale): Record<Field, number> {
  const weight = (field: string, own: number) => (field.endsWith(locale === 'en' ? 'En' : 'Ar') ? own * 1.2 : own);
  return Object.fromEntries(fields.map((f) => [f, weight(f, f.startsWith('headline') ? 3 : f.startsWith('standfirst') ? 1.5 : 1)])) as Record<Field, number>;
}

/** A result as shown: the best passage of the report in both languages, with the matched `terms` marked. */
export function hitOf(report: Report, terms: Terms, matchedFields: Set<string>, score: number): SearchHit {
  const { segment, text } = bestPassage(report, terms, matchedFields);
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
    slug: report.slug,
    blockId: segment === 'headline' || segment === 'standfirst' ? null : segment,
    segment,
    headline: report.headline,
    snippet,
    highlights,
    score: Math.round(score * 1000) / 1000,
  };
}

export function search(index: Index, query: string, { locale, limit }: SearchOptions): SearchResponse {
  const options = {
    // The last word may be half-typed.
    prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
    boost: boosts(locale),
  };
  // Exact (and prefix) matches of every word first. Only when they are few, forgive typos in longer Latin words
  // (Arabic roots are too close to one another for that); only when there are none, accept any of the words.
  let hits: SearchResult[] = index.mini.search(query, { ...options, combineWith: 'AND' });
  if (hits.length < 3) {
    const forgiving = index.mini.search(query, { ...options, fuzzy: (term) => typos(term) || false, combineWith: 'AND' });
    if (forgiving.length > hits.length) hits = forgiving;
  }
  if (hits.length === 0) hits = index.mini.search(query, { ...options, combineWith: 'OR' });

  const results = hits
    .slice(0, limit)
    .map((hit) => hitOf(index.reports.get(hit.id as string)!, new Set(Object.keys(hit.match)), new Set(Object.values(hit.match).flat()), hit.score));
  return { query, total: hits.length, results };
}
