import { expect, it } from 'vitest';
import type { Locale } from '../locales';
import type { SearchResponse } from './index';

/** A search over the real reports, whichever index answers it. */
export type Find = (q: string, locale?: Locale, limit?: number) => SearchResponse;

// What readers rely on, the same for the in-memory and the on-disk index (index.test.ts and fts.test.ts).
export function searchesTheReports(find: Find) {
  const slugs = (q: string, locale: Locale = 'en') => find(q, locale).results.map((r) => r.slug);

  it('finds the Baniyas reports in either language', () => {
    expect(slugs('Baniyas killings')).toContain('amnesty-baniyas-war-crimes');
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
    const response = find('Amnesty');
    expect(new Set(response.results.map((r) => r.slug)).size).toBe(response.results.length);
    expect(response.total).toBe(response.results.length);
    expect(response.results[0]!.blockId).toBeNull();
  });
  it('marks the match in the original text, and gives the aligned passage in the other language', () => {
    const [hit] = find('كالامار', 'ar', 5).results;
    expect(hit!.blockId).not.toBeNull();
    const [start, end] = hit!.highlights.ar![0]!;
    expect(hit!.snippet.ar!.slice(start, end)).toBe('كالامار');
    expect(hit!.snippet.en).toContain('Callamard');
  });
  it('marks the word as written, diacritics included', () => {
    const [hit] = find('علويين', 'ar', 1).results;
    const [start, end] = hit!.highlights.ar![0]!;
    expect(hit!.snippet.ar!.slice(start, end)).toMatch(/^ال?علويين$/);
  });
  it('finds nothing for nonsense', () => expect(find('xyzzyqq', 'en', 5).total).toBe(0));
}
