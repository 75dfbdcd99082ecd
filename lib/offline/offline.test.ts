import { describe, expect, it } from 'vitest';
import { saveInto, type SavedReport } from './offline';

const entry = (slug: string, readAt: number, locale: 'en' | 'ar' = 'en'): SavedReport => ({
  locale,
  slug,
  title: slug,
  urls: [`/${locale}/reports/${slug}`],
  savedAt: readAt,
  readAt,
});

describe('saveInto', () => {
  it('keeps everything under the limit, most recently read first', () => {
    const { kept, dropped } = saveInto([entry('a', 1), entry('b', 3)], entry('c', 5), 3);
    expect(kept.map((e) => e.slug)).toEqual(['c', 'b', 'a']);
    expect(dropped).toEqual([]);
  });

  it('past the limit, removes the reports read least recently, not the ones saved first', () => {
    // "a" was saved first but read since; "b" has not been opened since it was saved.
    const index = [{ ...entry('a', 9), savedAt: 1 }, entry('b', 2), entry('c', 4)];
    const { kept, dropped } = saveInto(index, entry('d', 10), 3);
    expect(kept.map((e) => e.slug)).toEqual(['d', 'a', 'c']);
    expect(dropped.map((e) => e.slug)).toEqual(['b']);
  });

  it('saving a report again replaces its old entry instead of adding a second', () => {
    const { kept } = saveInto([entry('a', 1), entry('b', 2)], entry('a', 7), 5);
    expect(kept.map((e) => [e.slug, e.readAt])).toEqual([
      ['a', 7],
      ['b', 2],
    ]);
  });

  it('tells the two languages of a report apart', () => {
    const { kept } = saveInto([entry('a', 1, 'ar')], entry('a', 2, 'en'), 5);
    expect(kept.map((e) => e.locale)).toEqual(['en', 'ar']);
  });
});
