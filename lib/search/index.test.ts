import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent, type Content } from '../content/load';
import { buildIndex, excerpt, search } from './index';
import { searchTerm } from './terms';

// Real queries against the real reports.
let index: ReturnType<typeof buildIndex>;
let content: Content;
beforeAll(() => {
  content = readContent(path.resolve('content')).content!;
  index = buildIndex(content.reports);
});

const slugs = (q: string, locale: 'en' | 'ar' = 'en') => search(index, q, { locale, limit: 20 }).results.map((r) => r.slug);

describe('the search term of a word', () => {
  it('is the same with or without diacritics, hamza forms, ة/ه, ى/ي, tatweel and digits', () => {
    expect(searchTerm('العَلَويّين')).toBe(searchTerm('العلويين'));
    expect(searchTerm('أنياس')).toBe(searchTerm('انياس'));
    expect(searchTerm('الإنجليزية')).toBe(searchTerm('الانجليزيه'));
    expect(searchTerm('إلى')).toBe(searchTerm('الي'));
    expect(searchTerm('بانيـــاس')).toBe(searchTerm('بانياس'));
    expect(searchTerm('١٠٠')).toBe('100');
  });
  it('folds Latin accents and Turkish dotless i', () => {
    expect(searchTerm('Erdoğan')).toBe('erdogan');
    expect(searchTerm('Kıbrıs')).toBe('kibris');
    expect(searchTerm('YÖK')).toBe('yok');
  });
});

describe('searching the reports', () => {
  it('finds the Baniyas reports in either language', () => {
    const english = slugs('Baniyas killings');
    expect(english).toContain('amnesty-baniyas-war-crimes');
    expect(slugs('بانياس', 'ar')).toEqual(expect.arrayContaining(['amnesty-baniyas-war-crimes', 'baniyas-amnesty-statement-due']));
  });
  it('finds an Arabic word typed with full vowels, and with Arabic-Indic digits', () => {
    expect(slugs('العَلَويّين', 'ar')).toEqual(slugs('العلويين', 'ar'));
    expect(slugs('العَلَويّين', 'ar')).toContain('alawite-state-explained');
    expect(slugs('١٠٠ شخص', 'ar')).toContain('amnesty-baniyas-war-crimes');
  });
  it('finds names typed without their Turkish letters, and half-typed words', () => {
    expect(slugs('Erdogan')).toContain('trnc-republican-campus-opens');
    expect(slugs('imamoglu')).toContain('imamoglu-diploma-report-nears');
    expect(slugs('Callam')).toContain('amnesty-baniyas-war-crimes');
  });
  it('forgives a typo in a longer English word', () => expect(slugs('Amnesti')).toContain('amnesty-baniyas-war-crimes'));
  it('returns one result per report, headline matches first', () => {
    const response = search(index, 'Amnesty', { locale: 'en', limit: 20 });
    expect(new Set(response.results.map((r) => r.slug)).size).toBe(response.results.length);
    expect(response.total).toBe(response.results.length);
    expect(response.results[0]!.blockId).toBeNull();
  });
  it('marks the match in the original text, and gives the aligned passage in the other language', () => {
    const [hit] = search(index, 'كالامار', { locale: 'ar', limit: 5 }).results;
    expect(hit!.blockId).not.toBeNull();
    const [start, end] = hit!.highlights.ar![0]!;
    expect(hit!.snippet.ar!.slice(start, end)).toBe('كالامار');
    expect(hit!.snippet.en).toContain('Callamard');
  });
  it('marks the word as written, diacritics included', () => {
    const [hit] = search(index, 'علويين', { locale: 'ar', limit: 1 }).results;
    const [start, end] = hit!.highlights.ar![0]!;
    expect(hit!.snippet.ar!.slice(start, end)).toMatch(/^ال?علويين$/);
  });
  it('finds nothing for nonsense', () => expect(search(index, 'xyzzyqq', { locale: 'en', limit: 5 }).total).toBe(0));
});

describe('excerpt', () => {
  it('keeps short texts whole and cuts long ones around the first match, moving the marks', () => {
    expect(excerpt('short text', [[0, 5]])).toEqual({ text: 'short text', ranges: [[0, 5]] });
    const long = `${'word '.repeat(100)}needle ${'tail '.repeat(50)}`;
    const start = long.indexOf('needle');
    const cut = excerpt(long, [[start, start + 6]], 120);
    expect(cut.text.startsWith('… ')).toBe(true);
    expect(cut.text.endsWith(' …')).toBe(true);
    const [[s, e]] = cut.ranges as [[number, number]];
    expect(cut.text.slice(s, e)).toBe('needle');
  });
});
