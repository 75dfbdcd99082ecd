import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePath } from './routes';

beforeAll(() => {
  process.env.CONTENT_DIR = path.join(import.meta.dirname, 'content', 'fixtures', 'valid');
});

const resolve = (url: string) => {
  const { pathname, searchParams } = new URL(url, 'http://jisr.test');
  return resolvePath(pathname, searchParams);
};

describe('resolvePath', () => {
  it('knows the pages that exist', () => {
    expect(resolve('/en')).toEqual({ kind: 'page', locale: 'en' });
    expect(resolve('/ar/sections/syria')).toEqual({ kind: 'page', locale: 'ar' });
    expect(resolve('/ar/reports/coast-report')).toEqual({ kind: 'page', locale: 'ar' });
    expect(resolve('/en/reports/coast-report?view=single')).toEqual({ kind: 'page', locale: 'en' });
    expect(resolve('/en/review')).toEqual({ kind: 'page', locale: 'en' });
    expect(resolve('/ar/review/coast-report?state=approved')).toEqual({ kind: 'page', locale: 'ar' });
    expect(resolve('/en/review/sign-in')).toEqual({ kind: 'page', locale: 'en' });
  });

  it('sends the paired views to their prerendered routes', () => {
    expect(resolve('/en/reports/coast-report?view=parallel')).toEqual({
      kind: 'page',
      locale: 'en',
      rewrite: '/en/reports/coast-report/parallel',
    });
    expect(resolve('/ar/reports/coast-report?view=interleaved')).toMatchObject({ rewrite: '/ar/reports/coast-report/interleaved' });
  });

  it('answers not-found, in the reader’s language, for anything missing', () => {
    for (const url of [
      '/en/reports/no-such-report',
      '/en/reports/coast-report?view=sideways',
      '/en/reports/coast-report/parallel',
      '/en/sections/sport',
      '/en/reports',
      '/en/whatever/else',
      '/en/page-not-found',
      '/en/review/no-such-report',
      '/en/review/coast-report/extra',
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
