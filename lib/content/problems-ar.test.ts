import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from './load';
import { arabicProblem } from './problems-ar';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-problems-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const arabicOf = (p: { message: string; ar?: string }) => p.ar ?? arabicProblem(p.message);

describe('the content problems in Arabic', () => {
  it('has an Arabic message for every problem a badly broken directory has', () => {
    fs.cpSync(path.join(import.meta.dirname, 'fixtures', 'valid'), dir, { recursive: true });
    const write = (name: string, data: unknown) => fs.writeFileSync(path.join(dir, 'reports', name), typeof data === 'string' ? data : JSON.stringify(data));
    write('Bad_Slug.json', {
      slug: 'Bad_Slug',
      section: 'nowhere',
      story: 'Story!',
      tags: ['a-tag', 'a-tag'],
      kind: 'poem',
      originalLanguage: 'fr',
      publishedAt: 'yesterday',
      headline: { en: ' ' },
      source: { name: { en: 'x' }, url: 'ftp://example.org' },
      image: { src: '/images/../x.gif', width: 1, height: 1, alt: { en: 'a' } },
      blocks: [],
      surplus: true,
    });
    write('broken.json', '{"slug": ');
    write('misnamed.json', { ...JSON.parse(fs.readFileSync(path.join(dir, 'reports', 'market-brief.json'), 'utf8')), updatedAt: '2000-01-01T00:00:00Z' });
    const { problems } = readContent(dir);
    expect(problems.length).toBeGreaterThan(10);
    for (const problem of problems) expect(arabicOf(problem), `${problem.path}: ${problem.message}`).toMatch(/[\u0600-\u06FF]/);
    expect(arabicOf(problems.find((p) => p.message === 'must not be before publishedAt')!)).toBe('يجب ألا يسبق وقتَ النشر (publishedAt)');
    expect(arabicOf(problems.find((p) => p.message.startsWith('is not valid JSON'))!)).toMatch(/^ليس JSON صالحًا عند السطر 1، العمود \d+/);
  });
});
