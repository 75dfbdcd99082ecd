import { describe, expect, it } from 'vitest';
import { tempDbPerTest } from '../db/temp-db';
import { user } from '../db/schema';
import type { CheckResult } from '../qa/checks';
import type { Segment } from './segments';
import { addComment, approveClean, history, loadSegments, reviewSummaries, setState } from './store';

const db = tempDbPerTest((db) =>
  db.insert(user).values([
    { id: 'u-amal', name: 'Amal', email: 'amal@jisr.test', role: 'reviewer' },
    { id: 'u-ben', name: 'Ben', email: 'ben@jisr.test', role: 'reviewer' },
  ]),
);

const seg = (id: string, source: string, target?: string): Segment => ({ id, kind: 'paragraph', source, target, sourceLang: 'en', targetLang: 'ar' });
const headline = seg('headline', 'More than 100 killed', 'مقتل أكثر من 100 شخص');
const p1 = seg('p1', 'Amnesty investigated 32 killings.', 'حققت المنظمة في 32 حالة قتل.');
const pending = seg('p2', 'Not translated yet.');
const numbersError: CheckResult = { id: 'numbers', severity: 'error', message: 'the target lacks 32' };
const noChecks = new Map<string, CheckResult[]>();

describe('segment states', () => {
  it('start from the content: translated when there is a target, missing when not', async () => {
    const views = await loadSegments(db(), 'r', [headline, pending], noChecks);
    expect(views.map((v) => [v.id, v.state, v.version, v.stale, v.comments])).toEqual([
      ['headline', 'translated', 0, false, 0],
      ['p2', 'missing', 0, false, 0],
    ]);
  });

  it('change with the version they were based on, and record who, when, from and to', async () => {
    const at = new Date('2025-04-04T10:00:00Z');
    expect(await setState(db(), { report: 'r', segment: p1, checks: [], to: 'reviewed', baseVersion: 0, userId: 'u-amal', now: at })).toEqual({ ok: true, version: 1 });
    expect(await setState(db(), { report: 'r', segment: p1, checks: [], to: 'approved', baseVersion: 1, userId: 'u-ben' })).toEqual({ ok: true, version: 2 });
    const [view] = await loadSegments(db(), 'r', [p1], noChecks);
    expect(view).toMatchObject({ state: 'approved', version: 2, updatedBy: 'Ben', stale: false });
    const events = await history(db(), 'r', 'p1');
    expect(events.map((e) => [e.actor, e.from, e.to])).toEqual([
      ['Ben', 'reviewed', 'approved'],
      ['Amal', 'translated', 'reviewed'],
    ]);
    expect(events[1]!.at).toBe('2025-04-04T10:00:00.000Z');
  });

  it('refuse a write based on an old version and return the newer state, changing nothing', async () => {
    await setState(db(), { report: 'r', segment: p1, checks: [], to: 'approved', baseVersion: 0, userId: 'u-amal' });
    const late = await setState(db(), { report: 'r', segment: p1, checks: [], to: 'draft', baseVersion: 0, userId: 'u-ben' });
    expect(late).toEqual({ ok: false, error: 'conflict', current: { state: 'approved', version: 1 } });
    expect((await loadSegments(db(), 'r', [p1], noChecks))[0]!.state).toBe('approved');
    expect(await history(db(), 'r', 'p1')).toHaveLength(1);
  });

  it('let exactly one of two simultaneous writes on the same version win', async () => {
    const results = await Promise.all([
      setState(db(), { report: 'r', segment: p1, checks: [], to: 'approved', baseVersion: 0, userId: 'u-amal' }),
      setState(db(), { report: 'r', segment: p1, checks: [], to: 'draft', baseVersion: 0, userId: 'u-ben' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === 'conflict')).toHaveLength(1);
    expect(await history(db(), 'r', 'p1')).toHaveLength(1);
  });

  it('need a written reason to approve a segment with an error, and keep it', async () => {
    const base = { report: 'r', segment: p1, checks: [numbersError], to: 'approved' as const, baseVersion: 0, userId: 'u-amal' };
    expect(await setState(db(), base)).toEqual({ ok: false, error: 'reason-required' });
    expect(await setState(db(), { ...base, reason: '   ' })).toEqual({ ok: false, error: 'reason-required' });
    expect(await setState(db(), { ...base, reason: 'The 32 is spelled out in the Arabic.' })).toEqual({ ok: true, version: 1 });
    expect((await history(db(), 'r', 'p1'))[0]).toMatchObject({ to: 'approved', reason: 'The 32 is spelled out in the Arabic.' });
    // Other states need no reason.
    expect(await setState(db(), { ...base, to: 'draft', baseVersion: 1 })).toEqual({ ok: true, version: 2 });
  });

  it('record nothing when set to the state they already have', async () => {
    const base = { report: 'r', segment: p1, checks: [], to: 'reviewed' as const, userId: 'u-amal' };
    expect(await setState(db(), { ...base, baseVersion: 0 })).toEqual({ ok: true, version: 1 });
    expect(await setState(db(), { ...base, baseVersion: 1 })).toEqual({ ok: true, version: 1, unchanged: true });
    expect(await history(db(), 'r', 'p1')).toHaveLength(1);
  });

  it('cannot be set on a segment with no translation', async () => {
    expect(await setState(db(), { report: 'r', segment: pending, checks: [], to: 'approved', baseVersion: 0, userId: 'u-amal' })).toEqual({ ok: false, error: 'no-target' });
  });

  it('become stale when the source changes after a review, and drop back when the translation changes', async () => {
    await setState(db(), { report: 'r', segment: p1, checks: [], to: 'approved', baseVersion: 0, userId: 'u-amal' });
    const [edited] = await loadSegments(db(), 'r', [{ ...p1, source: 'Amnesty investigated 33 killings.' }], noChecks);
    expect(edited).toMatchObject({ state: 'approved', stale: true });
    const [retranslated] = await loadSegments(db(), 'r', [{ ...p1, target: 'حققت المنظمة في 32 عملية قتل.' }], noChecks);
    expect(retranslated).toMatchObject({ state: 'translated', stale: false, version: 1 });
    // Approving again clears the staleness.
    await setState(db(), { report: 'r', segment: { ...p1, source: 'Amnesty investigated 33 killings.' }, checks: [], to: 'approved', baseVersion: 1, userId: 'u-ben' });
    expect((await loadSegments(db(), 'r', [{ ...p1, source: 'Amnesty investigated 33 killings.' }], noChecks))[0]!.stale).toBe(false);
  });
});

describe('comments', () => {
  it('are counted per segment and shown in the history with their author', async () => {
    await addComment(db(), { report: 'r', segment: 'p1', body: 'Check the figure against the statement.', userId: 'u-amal' });
    await addComment(db(), { report: 'r', segment: 'p1', body: 'تم التحقق.', userId: 'u-ben', now: new Date(Date.now() + 1000) });
    const [view] = await loadSegments(db(), 'r', [p1], noChecks);
    expect(view!.comments).toBe(2);
    expect((await history(db(), 'r', 'p1')).map((e) => [e.kind, e.actor, e.comment])).toEqual([
      ['comment', 'Ben', 'تم التحقق.'],
      ['comment', 'Amal', 'Check the figure against the statement.'],
    ]);
  });
});

describe('approving every clean segment', () => {
  it('approves only translated segments without checks, at the version the reviewer saw', async () => {
    const p3 = seg('p3', 'Another line.', 'سطر آخر.');
    const checks = new Map([['p1', [numbersError]]]);
    const views = await loadSegments(db(), 'r', [headline, p1, pending, p3], checks);
    // Someone else changes p3 after the reviewer loaded the page.
    await setState(db(), { report: 'r', segment: p3, checks: [], to: 'draft', baseVersion: 0, userId: 'u-ben' });
    const seen = Object.fromEntries(views.map((v) => [v.id, v.version]));
    expect(await approveClean(db(), { report: 'r', segments: views, seenVersions: seen, userId: 'u-amal' })).toEqual({ approved: ['headline'], skipped: ['p3'] });
    const after = await loadSegments(db(), 'r', [headline, p1, pending, p3], checks);
    expect(after.map((v) => v.state)).toEqual(['approved', 'translated', 'missing', 'draft']);
    expect((await history(db(), 'r', 'headline'))[0]).toMatchObject({ kind: 'state', batch: true, from: 'translated', to: 'approved' });
  });

  it('never approves a segment marked as needing work, nor one the reviewer did not see', async () => {
    const p3 = seg('p3', 'Another line.', 'سطر آخر.');
    await setState(db(), { report: 'r', segment: p3, checks: [], to: 'draft', baseVersion: 0, userId: 'u-ben' });
    const views = await loadSegments(db(), 'r', [headline, p1, p3], noChecks);
    // The reviewer's filter showed p1 and p3 only.
    const seen = { p1: 0, p3: 1 };
    expect(await approveClean(db(), { report: 'r', segments: views, seenVersions: seen, userId: 'u-amal' })).toEqual({ approved: ['p1'], skipped: [] });
    expect((await loadSegments(db(), 'r', [headline, p1, p3], noChecks)).map((v) => v.state)).toEqual(['translated', 'approved', 'draft']);
  });
});

describe('the queue', () => {
  it('summarises stored reviews per report with the latest review time', async () => {
    await setState(db(), { report: 'r', segment: p1, checks: [], to: 'approved', baseVersion: 0, userId: 'u-amal', now: new Date('2025-04-04T10:00:00Z') });
    await setState(db(), { report: 'r', segment: headline, checks: [], to: 'reviewed', baseVersion: 0, userId: 'u-amal', now: new Date('2025-04-05T10:00:00Z') });
    const summary = (await reviewSummaries(db())).get('r')!;
    expect(summary.rows).toHaveLength(2);
    expect(summary.lastReviewedAt?.toISOString()).toBe('2025-04-05T10:00:00.000Z');
  });
});
