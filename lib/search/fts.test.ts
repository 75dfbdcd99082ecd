import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent, type Content, type Report } from '../content/load';
import { editDistance, SearchIndex } from './fts';
import { searchesTheReports, type Find } from './shared-tests';

// The same real queries against the real reports as index.test.ts, through the SQLite index.
let index: SearchIndex;
let content: Content;
const load = (slug: string) => content.reports.find((r) => r.slug === slug);
beforeAll(() => {
  content = readContent(path.resolve('content')).content!;
  index = new SearchIndex(':memory:');
  index.transaction(() => content.reports.forEach((r) => index.upsert(r, 'v1')));
});
afterAll(() => index.close());

const find: Find = (q, locale = 'en', limit = 20) => index.search(q, { locale, limit }, load);
const slugs = (q: string, locale: 'en' | 'ar' = 'en') => find(q, locale).results.map((r) => r.slug);

describe('searching the reports', () => {
  searchesTheReports(find);
  it('marks the word as written when it forgave a typo', () => {
    const [hit] = find('Amnesti').results;
    const [start, end] = hit!.highlights.en![0]!;
    expect(hit!.snippet.en!.slice(start, end)).toBe('Amnesty');
  });
  it('does not forgive typos in short or Arabic words', () => {
    expect(find('Amnst').total).toBe(0);
    expect(find('بانياز', 'ar').total).toBe(0);
  });
  it('requires every word, and accepts any of them only when all of them find nothing', () => {
    const both = find('Baniyas Callamard').results.map((r) => r.slug);
    expect(both.length).toBeGreaterThan(0);
    for (const slug of both) expect(slugs('Baniyas')).toContain(slug);
    expect(find('Baniyas xyzzyqq').total).toBe(find('Baniyas').total);
  });
  it('counts every matching report, not only the page', () => {
    const page = find('Amnesty', 'en', 2);
    expect(page.results).toHaveLength(2);
    expect(page.total).toBe(find('Amnesty').results.length);
  });
  it('ranks a match in the reader’s own language higher', () => {
    const score = (locale: 'en' | 'ar') => find('Baniyas', locale).results.find((r) => r.slug === 'amnesty-baniyas-war-crimes')!.score;
    expect(score('en')).toBeGreaterThan(score('ar'));
  });
  it('leaves out a report that can no longer be loaded', () => {
    const response = index.search('Baniyas', { locale: 'en', limit: 20 }, (slug) => (slug === 'amnesty-baniyas-war-crimes' ? undefined : load(slug)));
    expect(response.results.map((r) => r.slug)).not.toContain('amnesty-baniyas-war-crimes');
    expect(response.results.length).toBeGreaterThan(0);
  });
});

describe('queries that look like FTS5 syntax', () => {
  const hostile = ['"', '""', '"Baniyas', 'Baniyas"', '*', 'Bani*', 'NEAR(', 'NEAR(Baniyas Callamard, 2)', 'OR', 'Baniyas OR', 'AND NOT', '-', '-Baniyas', '^', '^Baniyas', '(', ')', ':', 'headlineEn:Baniyas', '{headlineEn}', '+', '\\', "'", 'x'.repeat(200), 'Baniyas '.repeat(25)];
  it.each(hostile)('%j returns normally', (q) => {
    const response = find(q);
    expect(response.query).toBe(q);
    expect(response.total).toBeGreaterThanOrEqual(response.results.length);
  });
  it('reads operators as words and punctuation as nothing', () => {
    expect(find('"').total).toBe(0);
    expect(find('*').total).toBe(0);
    expect(find('^ - ( ) :').total).toBe(0);
    expect(slugs('"Baniyas')).toEqual(slugs('Baniyas'));
    expect(slugs('headlineEn:Baniyas')).toEqual(slugs('headlineEn Baniyas'));
  });
});

describe('keeping the index', () => {
  const amnesty = () => load('amnesty-baniyas-war-crimes')!;
  const rewritten = (report: Report, word: string): Report => ({
    ...report,
    headline: { en: `${word} headline`, ar: 'عنوان' },
    standfirst: undefined,
    blocks: [{ id: 'p1', type: 'paragraph', en: `${word} body`, ar: 'نص' }],
  });

  it('replaces a report when it changes: its old words no longer find it, its new ones do', () => {
    const fresh = new SearchIndex(':memory:');
    fresh.upsert(amnesty(), 'a');
    expect(fresh.search('Callamard', { locale: 'en', limit: 5 }, load).total).toBe(1);
    const changed = rewritten(amnesty(), 'Zanzibar');
    fresh.upsert(changed, 'b');
    expect(fresh.search('Callamard', { locale: 'en', limit: 5 }, load).total).toBe(0);
    expect(fresh.search('Zanzibar', { locale: 'en', limit: 5 }, () => changed).results.map((r) => r.slug)).toEqual([changed.slug]);
    expect(fresh.stamps()).toEqual(new Map([[changed.slug, 'b']]));
    fresh.close();
  });

  it('keeps one entry for a report whose publication time changes', () => {
    const fresh = new SearchIndex(':memory:');
    fresh.upsert(amnesty(), 'a');
    fresh.upsert({ ...amnesty(), publishedAt: '2020-01-01T00:00:00+00:00' }, 'b');
    expect(fresh.stamps()).toEqual(new Map([[amnesty().slug, 'b']]));
    expect(fresh.search('Callamard', { locale: 'en', limit: 5 }, load).total).toBe(1);
    fresh.close();
  });

  it('counts every match of a common word but ranks the newest, reports of the same second included', () => {
    const fresh = new SearchIndex(':memory:');
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 3) * 86_400_000).toISOString();
    // Each report also has a word of its own (Arabic, which is never taken for a typo of another).
    const own = (i: number) => `ق${String(i).replace(/\d/g, (d) => 'بثجحخدذرزس'[Number(d)]!)}ق`;
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...rewritten(amnesty(), `common ${own(i)}`), slug: `r${i}`, publishedAt: day(i) }));
    fresh.transaction(() => many.forEach((r) => fresh.upsert(r, r.publishedAt)));
    const bySlug = new Map(many.map((r) => [r.slug, r]));
    const response = fresh.search('common', { locale: 'en', limit: 10 }, (slug) => bySlug.get(slug));
    expect(response.total).toBe(5000);
    expect(response.results).toHaveLength(10);
    for (const hit of response.results) expect(Number(hit.slug.slice(1))).toBeGreaterThanOrEqual(2500);
    expect(fresh.search(`${own(17)} common`, { locale: 'en', limit: 10 }, (slug) => bySlug.get(slug)).results.map((r) => r.slug)).toEqual(['r17']);
    fresh.close();
  });

  it('finds every word a long half-typed word begins, however many', () => {
    const fresh = new SearchIndex(':memory:');
    const many = Array.from({ length: 60 }, (_, i) => ({ ...rewritten(amnesty(), `pyramid${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${i}`), slug: `r${i}` }));
    fresh.transaction(() => many.forEach((r) => fresh.upsert(r, 'a')));
    const find = (q: string) => fresh.search(q, { locale: 'en', limit: 50 }, (slug) => many.find((r) => r.slug === slug)).total;
    expect(find('pyramid')).toBe(60);
    expect(find('pyramida')).toBe(3);
    fresh.close();
  });

  it('forgets a removed report, and removing an unknown one is harmless', () => {
    const fresh = new SearchIndex(':memory:');
    fresh.transaction(() => content.reports.forEach((r) => fresh.upsert(r, r.slug.length.toString())));
    fresh.remove('amnesty-baniyas-war-crimes');
    fresh.remove('no-such-report');
    expect(fresh.search('Baniyas', { locale: 'en', limit: 20 }, load).results.map((r) => r.slug)).not.toContain('amnesty-baniyas-war-crimes');
    expect(fresh.stamps().has('amnesty-baniyas-war-crimes')).toBe(false);
    expect(fresh.stamps().size).toBe(content.reports.length - 1);
    fresh.close();
  });

  it('keeps the last of several changes to a report in one transaction', () => {
    const fresh = new SearchIndex(':memory:');
    const changed = rewritten(amnesty(), 'Zanzibar');
    fresh.transaction(() => {
      fresh.upsert(amnesty(), 'a');
      fresh.upsert(changed, 'b');
      fresh.upsert(load('alawite-state-explained')!, 'c');
      fresh.remove('alawite-state-explained');
    });
    expect(fresh.stamps()).toEqual(new Map([[changed.slug, 'b']]));
    expect(fresh.search('Callamard', { locale: 'en', limit: 5 }, load).total).toBe(0);
    expect(fresh.search('Zanzibar', { locale: 'en', limit: 5 }, () => changed).total).toBe(1);
    expect(fresh.search('العلويين', { locale: 'ar', limit: 5 }, load).total).toBe(0);
    fresh.close();
  });

  it('undoes a whole transaction that fails', () => {
    const fresh = new SearchIndex(':memory:');
    expect(() =>
      fresh.transaction(() => {
        fresh.upsert(amnesty(), 'a');
        throw new Error('interrupted');
      }),
    ).toThrow('interrupted');
    expect(fresh.stamps().size).toBe(0);
    fresh.close();
  });

  describe('on disk', () => {
    let dir: string;
    beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-fts-'))));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('is found again, stamps and all, by the next process that opens it', () => {
      const file = path.join(dir, 'search.db');
      const first = new SearchIndex(file);
      first.transaction(() => content.reports.forEach((r) => first.upsert(r, `stamp-${r.slug}`)));
      const stamps = first.stamps();
      first.close();
      const second = new SearchIndex(file);
      expect(second.stamps()).toEqual(stamps);
      expect(second.search('Baniyas killings', { locale: 'en', limit: 20 }, load).results.map((r) => r.slug)).toContain('amnesty-baniyas-war-crimes');
      second.close();
    });

    it('is emptied when it was written by another version, so that everything is indexed again', () => {
      const file = path.join(dir, 'old.db');
      const first = new SearchIndex(file);
      first.upsert(amnesty(), 'a');
      first.close();
      const db = new Database(file);
      db.exec('PRAGMA user_version = 999');
      db.close();
      const second = new SearchIndex(file);
      expect(second.stamps().size).toBe(0);
      expect(second.search('Callamard', { locale: 'en', limit: 5 }, load).total).toBe(0);
      second.close();
    });
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions, and stops past the limit', () => {
    expect(editDistance('amnesti', 'amnesty', 2)).toBe(1);
    expect(editDistance('amnesty', 'amnesty', 2)).toBe(0);
    expect(editDistance('callamard', 'calamard', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
  });
});
