import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePath } from './routes';
import { parseSitePath } from './paths';

beforeAll(() => {
  process.env.CONTENT_DIR = path.join(import.meta.dirname, '..', 'content', 'fixtures', 'valid');
});

const resolve = (url: string) => {
  const { pathname, searchParams } = new URL(url, 'http://jisr.test');
  return resolvePath(parseSitePath(pathname), searchParams);
};

describe('resolvePath', () => {
  it('knows the later pages of a list from the page size', () => {
    process.env.PAGE_SIZE = '1';
    try {
      // Two reports carry the tag, one report is in Syria.
      expect(resolve('/ar/tags/human-rights/page/2')).toEqual({ kind: 'page', locale: 'ar' });
      expect(resolve('/ar/tags/human-rights/page/3')).toEqual({ kind: 'not-found', locale: 'ar' });
      expect(resolve('/ar/sections/syria/page/2')).toEqual({ kind: 'not-found', locale: 'ar' });
    } finally {
      delete process.env.PAGE_SIZE;
    }
  });

  it('knows the pages that exist', () => {
    expect(resolve('/en')).toEqual({ kind: 'page', locale: 'en' });
    expect(resolve('/ar/sections/syria')).toEqual({ kind: 'page', locale: 'ar' });
    expect(resolve('/ar/reports/coast-report')).toEqual({ kind: 'page', locale: 'ar' });
    expect(resolve('/en/review')).toEqual({ kind: 'page', locale: 'en' });
    expect(resolve('/ar/review/coast-report?state=approved')).toEqual({ kind: 'page', locale: 'ar' });
    expect(resolve('/en/review/sign-in')).toEqual({ kind: 'page', locale: 'en' });
    expect(resolve('/en/tags/human-rights')).toEqual({ kind: 'page', locale: 'en' });
    expect(resolve('/en/search')).toEqual({ kind: 'page', locale: 'en' });
    expect(resolve('/ar/popular')).toEqual({ kind: 'page', locale: 'ar' });
    expect(resolve('/ar/popular/extra')).toEqual({ kind: 'not-found', locale: 'ar' });
    expect(resolve('/ar/feed.xml')).toEqual({ kind: 'page', locale: 'ar' });
    expect(resolve('/ar/lite')).toEqual({ kind: 'page', locale: 'ar' });
    expect(resolve('/en/lite/reports/coast-report')).toEqual({ kind: 'page', locale: 'en' });
    expect(resolve('/en/lite/reports/no-such-report')).toEqual({ kind: 'not-found', locale: 'en' });
    expect(resolve('/en/lite/reports')).toEqual({ kind: 'not-found', locale: 'en' });
    expect(resolve('/en/lite/other')).toEqual({ kind: 'not-found', locale: 'en' });
    expect(resolve('/ar/newsletter/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAA')).toEqual({ kind: 'page', locale: 'ar' });
    expect(resolve('/ar/newsletter/confirm')).toEqual({ kind: 'not-found', locale: 'ar' });
    expect(resolve('/en/newsletter/confirm?token=short')).toEqual({ kind: 'not-found', locale: 'en' });
    expect(resolve('/en/feed.xml/extra')).toEqual({ kind: 'not-found', locale: 'en' });
  });

  it('gives each view its own address', () => {
    expect(resolve('/en/reports/coast-report/parallel')).toEqual({ kind: 'page', locale: 'en' });
    expect(resolve('/ar/reports/coast-report/interleaved')).toEqual({ kind: 'page', locale: 'ar' });
    // A stray query on a view changes nothing.
    expect(resolve('/ar/reports/coast-report/interleaved?view=parallel')).toEqual({ kind: 'page', locale: 'ar' });
  });

  it('sends the old `?view=` addresses on to the view’s own, without the query', () => {
    expect(resolve('/en/reports/coast-report?view=parallel&utm_source=x')).toEqual({ kind: 'redirect', to: '/en/reports/coast-report/parallel' });
    expect(resolve('/ar/reports/coast-report?view=interleaved')).toEqual({ kind: 'redirect', to: '/ar/reports/coast-report/interleaved' });
    expect(resolve('/en/reports/coast-report?view=single')).toEqual({ kind: 'redirect', to: '/en/reports/coast-report' });
    expect(resolve('/ar/reports/coast-report?view=')).toEqual({ kind: 'redirect', to: '/ar/reports/coast-report' });
    // The lite edition has one view and never had the parameter.
    expect(resolve('/en/lite/reports/coast-report?view=parallel')).toEqual({ kind: 'page', locale: 'en' });
  });

  it('answers not-found, in the reader’s language, for anything missing', () => {
    for (const url of [
      '/en/reports/no-such-report',
      '/en/reports/coast-report?view=sideways',
      '/en/reports/no-such-report/parallel',
      '/en/reports/no-such-report?view=parallel',
      '/en/reports/coast-report/single',
      '/en/reports/coast-report/sideways',
      '/en/reports/coast-report/parallel/extra',
      '/en/lite/reports/coast-report/parallel',
      '/en/sections/sport',
      '/en/reports',
      '/en/whatever/else',
      '/en/page-not-found',
      '/en/review/no-such-report',
      '/en/review/coast-report/extra',
      '/en/tags/no-such-tag',
      '/en/sections/syria/page/2',
      '/en/sections/syria/page/1',
      '/en/sections/syria/page/02',
      '/en/search/more',
    ]) {
      expect(resolve(url), url).toEqual({ kind: 'not-found', locale: 'en' });
    }
    expect(resolve('/ar/%E0%A4%A')).toEqual({ kind: 'not-found', locale: 'ar' });
  });

  it('leaves addresses outside the locales alone', () => {
    expect(resolve('/')).toEqual({ kind: 'outside' });
    expect(resolve('/fr/reports/coast-report')).toEqual({ kind: 'outside' });
  });
});
