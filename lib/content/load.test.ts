import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, jsonPath, readContent, type ContentProblem } from './load';

const validDir = path.join(import.meta.dirname, 'fixtures', 'valid');
const temps: string[] = [];

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, unknown>;

/** A copy of the valid fixture in a temporary directory, with one change applied. */
function contentWith(change: (files: { read: (f: string) => Json | Json[]; write: (f: string, data: unknown) => void; dir: string }) => void) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-content-'));
  temps.push(dir);
  fs.cpSync(validDir, dir, { recursive: true });
  change({
    dir,
    read: (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')),
    write: (f, data) => fs.writeFileSync(path.join(dir, f), typeof data === 'string' ? data : JSON.stringify(data, null, 2)),
  });
  return dir;
}

/** Apply a change to the valid English-original report and return the problems, formatted as content:check prints them. */
function problemsAfter(change: (report: Json) => void): string[] {
  const dir = contentWith(({ read, write }) => {
    const report = read('reports/coast-report.json') as Json;
    change(report);
    write('reports/coast-report.json', report);
  });
  return readContent(dir).problems.map((p) => formatProblem(p).replace(dir + path.sep, ''));
}

function only(problems: string[]): string {
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('a valid content directory', () => {
  it('loads every report, newest first, with the pending languages worked out', () => {
    const { content, problems } = readContent(validDir);
    expect(problems).toEqual([]);
    expect(content!.reports.map((r) => r.slug)).toEqual(['market-brief', 'coast-report']);
    const coast = content!.reports.find((r) => r.slug === 'coast-report')!;
    // p2 and the caption lack Arabic; English is the original, so it is never pending.
    expect(coast.pending).toEqual({ en: false, ar: true });
    expect(content!.reports.find((r) => r.slug === 'market-brief')!.pending).toEqual({ en: false, ar: false });
  });

  it('defaults the kind to report and keeps glossary and tags', () => {
    const { content } = readContent(validDir);
    expect(content!.reports.find((r) => r.slug === 'market-brief')!.kind).toBe('report');
    expect(content!.glossary).toEqual([{ en: 'war crimes', ar: ['جرائم حرب'] }]);
    expect(content!.tags.map((t) => t.id)).toEqual(['human-rights']);
  });

  it('accepts a directory without the optional glossary and tags files', () => {
    const dir = contentWith(({ dir }) => {
      fs.rmSync(path.join(dir, 'glossary.json'));
      fs.rmSync(path.join(dir, 'tags.json'));
    });
    const { content, problems } = readContent(dir);
    expect(problems).toEqual([]);
    expect(content!.glossary).toEqual([]);
  });
});

describe('report rules', () => {
  it('requires the slug to be kebab-case', () => {
    expect(problemsAfter((r) => (r.slug = 'Coast_Report'))).toContain(
      'reports/coast-report.json: $.slug: The slug must be kebab-case (lower-case letters, digits and single hyphens)',
    );
  });

  it('requires the slug to equal the file name', () => {
    expect(only(problemsAfter((r) => (r.slug = 'other-slug')))).toBe(
      'reports/coast-report.json: $.slug: "other-slug" must equal the file name "coast-report"',
    );
  });

  it('keeps the review pages\' addresses out of the slugs', () => {
    const dir = contentWith(({ read, write, dir }) => {
      write('reports/content-status.json', { ...(read('reports/coast-report.json') as Json), slug: 'content-status' });
      fs.writeFileSync(path.join(dir, 'reports', '.draft.json'), '{ half written');
    });
    expect(readContent(dir).problems.map((p) => formatProblem(p).replace(dir + path.sep, ''))).toEqual([
      'reports/content-status.json: $.slug: "content-status" is the address of a review page: choose another slug',
    ]);
  });

  it('requires the section to exist in sections.json', () => {
    expect(only(problemsAfter((r) => (r.section = 'sport')))).toBe(
      'reports/coast-report.json: $.section: "sport" is not an id in sections.json',
    );
  });

  it('rejects an unknown kind', () => {
    expect(only(problemsAfter((r) => (r.kind = 'column')))).toBe(
      'reports/coast-report.json: $.kind: kind must be one of report, brief, explainer, opinion, caricature',
    );
  });

  it('requires publishedAt with an offset', () => {
    expect(only(problemsAfter((r) => (r.publishedAt = '2025-04-03T11:00:00')))).toBe(
      'reports/coast-report.json: $.publishedAt: must be an ISO 8601 date-time with an offset, e.g. 2025-04-03T10:00:00+03:00',
    );
  });

  it('rejects updatedAt before publishedAt, comparing instants across offsets', () => {
    expect(only(problemsAfter((r) => (r.updatedAt = '2025-04-03T07:59:00Z')))).toBe(
      'reports/coast-report.json: $.updatedAt: must not be before publishedAt',
    );
    // 08:00Z is 11:00+03:00: the same instant is allowed.
    expect(problemsAfter((r) => (r.updatedAt = '2025-04-03T08:00:00Z'))).toEqual([]);
  });

  it('requires originalLanguage to be en or ar', () => {
    expect(problemsAfter((r) => (r.originalLanguage = 'fr'))).toContain(
      'reports/coast-report.json: $.originalLanguage: originalLanguage must be "en" or "ar"',
    );
  });

  it('accepts only http(s) source URLs', () => {
    expect(only(problemsAfter((r) => ((r.source as Json).url = 'javascript:alert(1)')))).toBe(
      'reports/coast-report.json: $.source.url: must be an http(s) URL',
    );
  });

  it('requires the original language in every text, and names the path', () => {
    expect(only(problemsAfter((r) => delete (r.headline as Json).en))).toBe(
      'reports/coast-report.json: $.headline.en: the original language (en) is required',
    );
    expect(only(problemsAfter((r) => delete ((r.blocks as Json[])[2]!.cite as Json).en))).toBe(
      'reports/coast-report.json: $.blocks[2].cite.en: the original language (en) is required',
    );
    expect(only(problemsAfter((r) => delete (r.blocks as Json[])[0]!.en))).toBe(
      'reports/coast-report.json: $.blocks[0].en: the original language (en) is required',
    );
  });

  it('follows the original language: an Arabic original may lack English but not Arabic', () => {
    expect(
      problemsAfter((r) => {
        r.originalLanguage = 'ar';
        delete (r.headline as Json).en;
      }),
    ).toEqual([
      'reports/coast-report.json: $.image.caption.ar: the original language (ar) is required',
      'reports/coast-report.json: $.blocks[3].ar: the original language (ar) is required',
    ]);
  });

  it('rejects blank text, even in a translation', () => {
    expect(only(problemsAfter((r) => ((r.standfirst as Json).ar = '   ')))).toBe(
      'reports/coast-report.json: $.standfirst.ar: must not be blank (leave the key out while a translation is pending)',
    );
  });

  it('requires unique block ids', () => {
    expect(only(problemsAfter((r) => ((r.blocks as Json[])[3]!.id = 'p1')))).toBe(
      'reports/coast-report.json: $.blocks[3].id: duplicate block id "p1" (already used by blocks[0])',
    );
  });

  it('rejects an unknown block type and a cite outside a quote', () => {
    expect(only(problemsAfter((r) => ((r.blocks as Json[])[0]!.type = 'list')))).toBe(
      'reports/coast-report.json: $.blocks[0].type: type must be one of paragraph, heading, quote',
    );
    expect(only(problemsAfter((r) => ((r.blocks as Json[])[0]!.cite = { en: 'x' })))).toBe(
      'reports/coast-report.json: $.blocks[0].cite: only a quote block has a cite',
    );
  });

  it('requires at least one block', () => {
    expect(only(problemsAfter((r) => (r.blocks = [])))).toBe('reports/coast-report.json: $.blocks: a report needs at least one block');
  });

  it('rejects unknown keys, which are usually typos', () => {
    expect(only(problemsAfter((r) => (r.hedline = r.headline)))).toBe('reports/coast-report.json: $: Unrecognized key: "hedline"');
  });

  it('checks that the image is under /images/ and exists', () => {
    expect(only(problemsAfter((r) => ((r.image as Json).src = 'https://example.org/x.png')))).toBe(
      'reports/coast-report.json: $.image.src: must be a path under /images/ ending in .svg, .png, .jpg, .webp or .avif',
    );
    expect(only(problemsAfter((r) => ((r.image as Json).src = '/images/missing.svg')))).toBe(
      'reports/coast-report.json: $.image.src: /images/missing.svg does not exist under public/',
    );
    expect(only(problemsAfter((r) => ((r.image as Json).width = 0)))).toContain('$.image.width:');
  });

  it('rejects duplicate tags', () => {
    expect(only(problemsAfter((r) => (r.tags = ['human-rights', 'human-rights'])))).toBe(
      'reports/coast-report.json: $.tags: lists the same tag twice',
    );
  });
});

describe('files and directories', () => {
  it('reports unreadable JSON with its line and column', () => {
    const dir = contentWith(({ write }) => write('reports/market-brief.json', '{\n  "slug": "market-brief",\n  "section": }\n'));
    const [problem] = readContent(dir).problems;
    expect(problem!.file).toMatch(/reports\/market-brief\.json$/);
    expect(problem!.path).toBe('$');
    expect(problem!.message).toBe('is not valid JSON at line 3, column 14: value expected');
  });

  it('collects every problem across files instead of stopping at the first', () => {
    const dir = contentWith(({ read, write }) => {
      write('reports/market-brief.json', '{');
      const report = read('reports/coast-report.json') as Json;
      report.section = 'sport';
      report.kind = 'column';
      write('reports/coast-report.json', report);
    });
    const { content, problems } = readContent(dir);
    expect(content).toBeUndefined();
    expect(problems.map((p) => `${path.basename(p.file)} ${p.path}`).sort()).toEqual([
      'coast-report.json $.kind',
      'market-brief.json $',
    ]);
  });

  it('needs sections.json and validates it', () => {
    const missing = contentWith(({ dir }) => fs.rmSync(path.join(dir, 'sections.json')));
    expect(readContent(missing).problems[0]!.message).toBe('cannot be read (ENOENT)');

    const duplicate = contentWith(({ write }) =>
      write('sections.json', [
        { id: 'syria', name: { en: 'Syria', ar: 'سوريا' } },
        { id: 'syria', name: { en: 'Syria', ar: 'سوريا' } },
        { id: 'business', name: { en: 'Business' } },
      ]),
    );
    const problems = readContent(duplicate).problems.map((p: ContentProblem) => `${p.path}: ${p.message}`);
    expect(problems).toContain('$[1].id: duplicate section id "syria"');
    expect(problems).toContain('$[2].name.ar: is required');
  });

  it('validates the optional glossary when it is there', () => {
    const dir = contentWith(({ write }) => write('glossary.json', [{ en: 'war crimes', ar: [] }]));
    expect(readContent(dir).problems.map(formatProblem)[0]).toMatch(/glossary\.json: \$\[0\]\.ar: needs at least one Arabic rendering$/);
  });

  it('names a missing content directory and a missing reports folder', () => {
    expect(readContent('/nonexistent/jisr').problems[0]!.message).toBe('is not a directory (set CONTENT_DIR to a content directory)');
    const dir = contentWith(({ dir }) => fs.rmSync(path.join(dir, 'reports'), { recursive: true }));
    expect(readContent(dir).problems[0]!.message).toBe('is missing: put one JSON file per report in it');
  });
});

describe('jsonPath', () => {
  it('writes array indexes and awkward keys the way a reader would look them up', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['blocks', 2, 'ar'])).toBe('$.blocks[2].ar');
    expect(jsonPath(['a-b'])).toBe('$["a-b"]');
  });
});
