import { describe, expect, it } from 'vitest';
import type { Report } from '../content/load';
import { readingMinutes } from './reading-time';

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

function report(blocks: Report['blocks']): Report {
  return {
    slug: 'r',
    section: 's',
    kind: 'report',
    publishedAt: '2025-04-03T11:00:00+03:00',
    originalLanguage: 'en',
    headline: { en: 'Headline', ar: 'عنوان' },
    blocks,
    pending: { en: false, ar: false },
  };
}

describe('readingMinutes', () => {
  it('reads English at 230 words a minute and Arabic at 160', () => {
    const r = report([{ id: 'p1', type: 'paragraph', en: words(460, 'word'), ar: words(480, 'كلمة') }]);
    expect(readingMinutes(r, 'en')).toBe(2);
    expect(readingMinutes(r, 'ar')).toBe(3);
  });

  it('counts an untranslated passage in its own language, at that language’s speed', () => {
    const r = report([
      { id: 'p1', type: 'paragraph', en: words(230, 'word'), ar: words(160, 'كلمة') },
      { id: 'p2', type: 'paragraph', en: words(460, 'word') },
    ]);
    // One minute of Arabic plus two of untranslated English.
    expect(readingMinutes(r, 'ar')).toBe(3);
  });

  it('never says less than a minute, and ignores punctuation-only tokens', () => {
    expect(readingMinutes(report([{ id: 'p1', type: 'paragraph', en: 'Short — text.' }]), 'en')).toBe(1);
  });
});
