import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent, type Content } from '../content/load';
import { buildIndex, excerpt, search } from './index';
import { searchesTheReports } from './shared-tests';
import { searchTerm } from './terms';

// Real queries against the real reports.
let index: ReturnType<typeof buildIndex>;
let content: Content;
beforeAll(() => {
  content = readContent(path.resolve('content')).content!;
  index = buildIndex(content.reports);
});

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

describe('searching the reports', () => searchesTheReports((q, locale = 'en', limit = 20) => search(index, q, { locale, limit })));

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
