import { describe, expect, it } from 'vitest';
import { liteHref, localeOfPath, parseSitePath, reportPath, reportPathPattern, sectionPath, tagPath } from './paths';

describe('parseSitePath', () => {
  it('reads a report and its view from the path', () => {
    expect(parseSitePath('/en/reports/coast-report')).toEqual({ locale: 'en', lite: false, kind: 'report', slug: 'coast-report', view: 'single' });
    expect(parseSitePath('/ar/reports/coast-report/parallel')).toEqual({ locale: 'ar', lite: false, kind: 'report', slug: 'coast-report', view: 'parallel' });
    expect(parseSitePath('/en/reports/coast-report/interleaved/')).toMatchObject({ kind: 'report', view: 'interleaved' });
    expect(parseSitePath('/en/lite/reports/coast-report')).toEqual({ locale: 'en', lite: true, kind: 'report', slug: 'coast-report', view: 'single' });
    expect(parseSitePath('/en/reports/%D8%A8')).toMatchObject({ kind: 'report', slug: 'ب' });
  });

  it('knows the shapes of lists and other pages', () => {
    expect(parseSitePath('/ar')).toEqual({ locale: 'ar', lite: false, kind: 'front' });
    expect(parseSitePath('/ar/lite')).toEqual({ locale: 'ar', lite: true, kind: 'front' });
    expect(parseSitePath('/en/sections/syria')).toEqual({ locale: 'en', lite: false, kind: 'list', list: 'sections', id: 'syria' });
    expect(parseSitePath('/en/tags/alawites/page/2')).toEqual({ locale: 'en', lite: false, kind: 'list', list: 'tags', id: 'alawites', page: '2' });
    expect(parseSitePath('/en/review/coast-report')).toEqual({ locale: 'en', lite: false, kind: 'page', name: 'review', id: 'coast-report' });
    expect(parseSitePath('/en/search')).toEqual({ locale: 'en', lite: false, kind: 'page', name: 'search' });
  });

  it('calls any other shape unknown, and a path without a locale outside', () => {
    for (const path of ['/en/reports', '/en/reports/x/single', '/en/reports/x/parallel/more', '/en/lite/reports/x/parallel', '/en/lite/sections/syria', '/en/sections/syria/2', '/en/review/x/y']) {
      expect(parseSitePath(path), path).toMatchObject({ locale: 'en', kind: 'unknown' });
    }
    expect(parseSitePath('/')).toEqual({ kind: 'outside' });
    expect(parseSitePath('/reports/x')).toEqual({ kind: 'outside' });
    expect(parseSitePath('/arabic-page')).toEqual({ kind: 'outside' });
  });
});

describe('localeOfPath', () => {
  it('takes the locale from the address, English outside both', () => {
    expect(localeOfPath('/ar/reports/x')).toBe('ar');
    expect(localeOfPath('/ar')).toBe('ar');
    expect(localeOfPath('/ar/%E0%A4%A')).toBe('ar');
    expect(localeOfPath('/en/sections/syria')).toBe('en');
    expect(localeOfPath('/arabic-page')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
  });
});

describe('builders', () => {
  it('build the addresses the parser reads back', () => {
    expect(reportPath('coast-report')).toBe('/reports/coast-report');
    expect(reportPath('coast-report', 'single')).toBe('/reports/coast-report');
    expect(reportPath('coast-report', 'parallel')).toBe('/reports/coast-report/parallel');
    expect(sectionPath('syria')).toBe('/sections/syria');
    expect(tagPath('human-rights')).toBe('/tags/human-rights');
    expect(liteHref()).toBe('/lite');
    expect(liteHref(reportPath('x'))).toBe('/lite/reports/x');
    for (const view of ['single', 'parallel', 'interleaved'] as const) {
      expect(parseSitePath(`/ar${reportPath('coast-report', view)}`)).toMatchObject({ kind: 'report', slug: 'coast-report', view });
    }
  });
});

describe('reportPathPattern', () => {
  it('matches the report pages parseSitePath reads, in every view, with the locale and slug', () => {
    for (const path of ['/en/reports/x', '/ar/reports/x/parallel', '/en/reports/x/interleaved', '/en/lite/reports/x', '/en/reports/x/sideways', '/en/reports', '/en/sections/x', '/fr/reports/x']) {
      const parsed = parseSitePath(path);
      expect(reportPathPattern.test(path), path).toBe(parsed.kind === 'report' && !parsed.lite);
    }
    expect(reportPathPattern.exec('/ar/reports/x/parallel')?.slice(1)).toEqual(['ar', 'x']);
    // The page script rebuilds it from its source.
    expect(new RegExp(reportPathPattern.source).test('/en/reports/x/interleaved')).toBe(true);
  });
});
