import Database from 'libsql';
import type { Report } from '../content/load';
import { boosts, documentOf, fields, hitOf, typos, type SearchHit, type SearchOptions, type SearchResponse, type Terms } from './index';
import { searchTerm, tokenize } from './terms';

// Full-text search as a persistent index on local disk: SQLite's FTS5 through libSQL, derived from the content like a
// cache. Each report is one row of six columns holding the search terms of its text (lib/search/terms.ts), so FTS5
// only has to split on spaces; the passage to show is found afterwards in the report itself, for the page only.

// Bump when the schema or the search terms (lib/search/terms.ts, lib/arabic.ts) change: an index of another
// version is emptied on opening, and its stamps with it, so the caller indexes everything again.
const VERSION = 3;

// Beyond this many matches, all are counted but only about the newest this many ranked: ranking a report costs
// about a microsecond (50 ms for a common word at 50,000 reports), and among thousands the newest are what a
// reader of news wants.
const RANKED = 2000;

// A report's id (and FTS5 rowid) grows with its publication time, so that 'the newest matches' is a range of rowids,
// which FTS5 seeks to. Up to 1024 reports share a second; beyond, ids go past the newest.
const SLOTS = 1024;
const firstId = (report: Report) => Math.floor((Date.parse(report.publishedAt) || 0) / 1000) * SLOTS;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS reports (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, stamp TEXT NOT NULL);
  -- Contentless (the reports are on disk already), with deletes; 'ascii' splits on spaces and leaves non-ASCII
  -- letters and marks alone, so an indexed term is exactly a search term. With an index of 2-4 letter prefixes:
  -- short half-typed words, and Arabic stems such as من, would otherwise merge the lists of thousands of words
  -- (20-90 ms at 50,000 reports). (detail = column would halve the file, but bm25 then gives 0 in a contentless table.)
  CREATE VIRTUAL TABLE IF NOT EXISTS report_text USING fts5(
    ${fields.join(', ')}, content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '2 3 4'
  );
  -- Every word ever indexed, for typos and long prefixes (FTS5's own vocabulary table reads every word's list of
  -- reports: a second at 50,000). Words of removed reports stay: they match nothing.
  CREATE TABLE IF NOT EXISTS words (word TEXT PRIMARY KEY, length INTEGER NOT NULL) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS words_by_length ON words (length);
`;

// Longer prefixes than the indexed ones are searched as their words, when few: FTS5 would merge those words' lists
// in memory for each statement (count and rank), twice as slow as reading them side by side.
const INDEXED_PREFIX = 4;
const MAX_EXPANSION = 30;

/** The search terms of a text's words. */
const searchTerms = (text: string) =>
  tokenize(text)
    .map(searchTerm)
    .filter((term): term is string => term !== null);

/** The search terms of a text, space-separated, as one column holds them. */
const termsOf = (text: string) => searchTerms(text).join(' ');

// A query word as FTS5 sees it: quoted (never syntax), maybe as a prefix, or with the other words it stands for
// (the words it begins, or may be a typo of).
type Word = { term: string; prefix: boolean; alternatives: string[] };

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

function expression(words: Word[], join: 'AND' | 'OR'): string {
  return words
    .map(({ term, prefix, alternatives }) => {
      const parts = [`${quote(term)}${prefix ? '*' : ''}`, ...alternatives.map(quote)];
      return parts.length > 1 ? `(${parts.join(' OR ')})` : parts[0];
    })
    .join(` ${join} `);
}

/** Levenshtein distance of a and b, or max + 1 as soon as it is known to be more than max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

// libSQL's pluck() applies to all() only (get() and pragma(…, { simple: true }) still give an object): one value
// is read as the first of a raw row.
function scalar<P extends unknown[]>(statement: Database.Statement<P>) {
  const raw = statement.raw();
  return (...params: P) => (raw.get(...params) as unknown[] | undefined)?.[0];
}

function statementsOf(db: Database.Database) {
  const columns = fields.join(', ');
  return {
    id: scalar(db.prepare<[string]>('SELECT id FROM reports WHERE slug = ?')),
    freeId: scalar(db.prepare<[number, number]>('SELECT max(id) + 1 FROM reports WHERE id >= ? AND id < ?')),
    lastId: scalar(db.prepare<[]>('SELECT max(id) + 1 FROM reports')),
    insertReport: db.prepare<[number, string, string]>('INSERT INTO reports (id, slug, stamp) VALUES (?, ?, ?)'),
    updateReport: db.prepare<[string, number]>('UPDATE reports SET stamp = ? WHERE id = ?'),
    deleteReport: db.prepare<[number]>('DELETE FROM reports WHERE id = ?'),
    insertText: db.prepare(`INSERT INTO report_text (rowid, ${columns}) VALUES (?, ${fields.map(() => '?').join(', ')})`),
    deleteText: db.prepare<[number]>('DELETE FROM report_text WHERE rowid = ?'),
    stamps: db.prepare<[]>('SELECT slug, stamp FROM reports').raw(),
    count: scalar(db.prepare<[string]>('SELECT count(*) FROM report_text WHERE report_text MATCH ?')),
    reports: scalar(db.prepare<[]>('SELECT count(*) FROM reports')),
    newest: scalar(db.prepare<[number]>('SELECT id FROM reports ORDER BY id DESC LIMIT 1 OFFSET ?')),
    // bm25 is lower for better matches; the weights are the columns' in order.
    top: db
      .prepare(
        `SELECT reports.slug, hits.rank FROM (
           SELECT rowid, bm25(report_text, ${fields.map(() => '?').join(', ')}) AS rank FROM report_text
           WHERE report_text MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?
         ) AS hits JOIN reports ON reports.id = hits.rowid ORDER BY hits.rank`,
      )
      .raw(),
    addWords: db.prepare<[string]>('INSERT OR IGNORE INTO words (word, length) SELECT value, length(value) FROM json_each(?)'),
    wordsOfLength: db.prepare<[number, number]>('SELECT word FROM words WHERE length BETWEEN ? AND ?').pluck(),
    wordsFrom: db.prepare<[string, string, number]>('SELECT word FROM words WHERE word >= ? AND word < ? LIMIT ?').pluck(),
  };
}

// The fields a passage is chosen by before the blocks (see bestPassage in index.ts).
const passageFields = fields.filter((f) => !f.startsWith('body'));

export class SearchIndex {
  private readonly db: Database.Database;
  private readonly statements: ReturnType<typeof statementsOf>;
  // Words this process has put in the words table already (they are never taken out): most of a report's are.
  private readonly known = new Set<string>();
  // Texts to index when the transaction ends, in rowid order: FTS5 writes a segment to disk each time a rowid is
  // lower than the one before (content comes newest first), which made building twice as slow.
  private readonly pending = new Map<number, string[]>();

  /** Opens (or creates) the index in `file`; ':memory:' for one that lives as long as the object. */
  constructor(file: string) {
    // Several processes may share the file: readers go on while one writes, a writer waits its turn.
    this.db = new Database(file, { timeout: 5000 });
    this.db.pragma('journal_mode = WAL');
    // A cache: losing the last transactions on a power cut only means indexing those reports again.
    this.db.pragma('synchronous = NORMAL');
    // After a checkpoint the log is cut back to 4 MB, rather than staying as large as the largest build.
    this.db.pragma('journal_size_limit = 4000000');
    if (scalar(this.db.prepare<[]>('PRAGMA user_version'))() !== VERSION) {
      this.db.exec('DROP TABLE IF EXISTS reports; DROP TABLE IF EXISTS report_text; DROP TABLE IF EXISTS words;');
      this.db.pragma(`user_version = ${VERSION}`);
    }
    this.db.exec(SCHEMA);
    this.statements = statementsOf(this.db);
  }

  /** Indexes `report` anew (replacing what was indexed under its slug); `stamp` is returned by stamps(). */
  upsert(report: Report, stamp: string): void {
    this.transaction(() => {
      const doc = documentOf(report);
      const text = fields.map((f) => termsOf(doc[f]));
      const added = [...new Set(text.join(' ').split(' '))].filter((word) => word && !this.known.has(word));
      if (added.length > 0) this.statements.addWords.run(JSON.stringify(added));
      for (const word of added) this.known.add(word);
      const id = this.statements.id(report.slug) as number | undefined;
      const first = firstId(report);
      if (id !== undefined && id >= first && id < first + SLOTS) {
        this.statements.updateReport.run(stamp, id);
        if (!this.pending.has(id)) this.statements.deleteText.run(id);
        this.pending.set(id, text);
        return;
      }
      // New, or published at another time: under a new id.
      if (id !== undefined) this.remove(report.slug);
      let next = (this.statements.freeId(first, first + SLOTS) as number | null) ?? first;
      if (next >= first + SLOTS) next = this.statements.lastId() as number;
      this.statements.insertReport.run(next, report.slug, stamp);
      this.pending.set(next, text);
    });
  }

  remove(slug: string): void {
    this.transaction(() => {
      const id = this.statements.id(slug) as number | undefined;
      if (id === undefined) return;
      if (!this.pending.delete(id)) this.statements.deleteText.run(id);
      this.statements.deleteReport.run(id);
    });
  }

  /** Slug → stamp of every indexed report, to find what changed since. */
  stamps(): Map<string, string> {
    return new Map(this.statements.stamps.all() as Array<[string, string]>);
  }

  /**
   * Runs `fn` in one transaction (one write to disk for many upserts), whose reports are found once it ends;
   * nested calls join the outer one.
   */
  transaction(fn: () => void): void {
    if (this.db.inTransaction) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      fn();
      for (const id of [...this.pending.keys()].sort((a, b) => a - b)) this.statements.insertText.run(id, ...this.pending.get(id)!);
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      this.known.clear();
      throw error;
    } finally {
      this.pending.clear();
    }
  }

  /**
   * The reports matching `query`, best first: every word (the last one maybe half-typed); when that finds fewer
   * than 3, also longer Latin words with a typo or two; when it finds none, any of the words. All matches are
   * counted, about the newest RANKED ranked. `load` gives the reports of the page, for their passage and highlights.
   */
  search(query: string, { locale, limit }: SearchOptions, load: (slug: string) => Report | undefined): SearchResponse {
    const queryTerms = searchTerms(query);
    if (queryTerms.length === 0) return { query, total: 0, results: [] };
    let words: Word[] = queryTerms.map((term, i) => (i === queryTerms.length - 1 ? this.prefixWord(term) : { term, prefix: false, alternatives: [] }));

    let total = this.statements.count(expression(words, 'AND')) as number;
    if (total < 3 && words.some((w) => typos(w.term) > 0)) {
      const forgiving = words.map((w) => ({ ...w, alternatives: [...w.alternatives, ...this.similarTerms(w.term)] }));
      const count = this.statements.count(expression(forgiving, 'AND')) as number;
      if (count > total) [words, total] = [forgiving, count];
    }
    let match = expression(words, 'AND');
    if (total === 0) {
      match = expression(words, 'OR');
      total = this.statements.count(match) as number;
    }
    if (total === 0) return { query, total, results: [] };

    const weights = boosts(locale);
    const top = (from: number) => this.statements.top.all(...fields.map((f) => weights[f]), match, from, limit) as Array<[string, number]>;
    let rows = top(total > RANKED ? this.newestShare(RANKED / total) : Number.MIN_SAFE_INTEGER);
    if (rows.length < Math.min(limit, total)) rows = top(Number.MIN_SAFE_INTEGER);
    // The words that matched, as a test (a prefix's words are not listed), and whether the headline or standfirst
    // had one: what MiniSearch reports per hit and the passage is chosen by.
    const terms: Terms = { has: (term) => words.some((w) => term === w.term || (w.prefix && term.startsWith(w.term)) || w.alternatives.includes(term)) };
    const results: SearchHit[] = [];
    for (const [slug, rank] of rows) {
      const report = load(slug);
      if (!report) continue;
      const doc = documentOf(report);
      const matchedFields = new Set(passageFields.filter((field) => termsOf(doc[field]).split(' ').some(terms.has)));
      results.push(hitOf(report, terms, matchedFields, -rank));
    }
    return { query, total, results };
  }

  /**
   * The id where the newest `share` of all reports begins: about where that share of a query's matches begins when
   * they are spread evenly over time (finding it exactly would cost as much as ranking them all).
   */
  private newestShare(share: number): number {
    const offset = Math.ceil(share * (this.statements.reports() as number)) - 1;
    return (this.statements.newest(offset) as number | undefined) ?? Number.MIN_SAFE_INTEGER;
  }

  /** The last word, as a prefix: through FTS5's prefix index when short, as the words it begins when long and few. */
  private prefixWord(term: string): Word {
    if (term.length <= INDEXED_PREFIX) return { term, prefix: true, alternatives: [] };
    // The first word that does not begin with `term` sorts before term + the highest character.
    const words = this.statements.wordsFrom.all(term, `${term}\u{10FFFF}`, MAX_EXPANSION + 1) as string[];
    if (words.length > MAX_EXPANSION) return { term, prefix: true, alternatives: [] };
    return { term, prefix: false, alternatives: words.filter((w) => w !== term) };
  }

  /** Indexed terms within the typos `term` may have (none when it may have none). */
  private similarTerms(term: string): string[] {
    const max = typos(term);
    if (max === 0) return [];
    const candidates = this.statements.wordsOfLength.all(term.length - max, term.length + max) as string[];
    return candidates.filter((candidate) => candidate !== term && editDistance(term, candidate, max) <= max);
  }

  close(): void {
    // libSQL's close leaves the write-ahead log behind: it is copied into the file and emptied first.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
