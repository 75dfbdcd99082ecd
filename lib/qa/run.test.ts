import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, type Content, type Report } from '../content/load';
import { checkContent, checkReport } from './run';

const content = readContent(path.resolve('content')).content!;
const ids = (c: Content, report: Report, segment: string) => checkReport(c, report).segments.find((s) => s.id === segment)!.checks.map((k) => k.id);

describe('checks on changing content', () => {
  it('follow a changed report, and the consistency of the others with it, without a full recount', () => {
    const [first, second] = content.reports.filter((r) => r.originalLanguage === 'en' && r.headline.ar);
    expect(ids(content, second!, 'headline')).not.toContain('inconsistent');
    // A second report with the first one's headline, translated differently.
    const copy: Report = { ...second!, headline: { en: first!.headline.en, ar: `${first!.headline.ar} أيضًا` } };
    const changed: Content = { ...content, reports: content.reports.map((r) => (r === second ? copy : r)) };
    expect(ids(changed, copy, 'headline')).toContain('inconsistent');
    expect(ids(changed, first!, 'headline')).toContain('inconsistent');
    // And back: the finding goes with the change.
    expect(ids(content, first!, 'headline')).not.toContain('inconsistent');
    expect(checkContent(content).get(second!.slug)!.segments.find((s) => s.id === 'headline')!.checks.map((k) => k.id)).not.toContain('inconsistent');
  });
});
