import { describe, expect, it } from 'vitest';
import { tempDbPerTest } from '../db/temp-db';
import { reportViews, viewSalt, viewSeen } from '../db/schema';
import { mostRead, recordView } from './popular';

const db = tempDbPerTest();

const day = (iso: string) => new Date(`${iso}T09:00:00+03:00`);
const reader = (address: string, userAgent = 'Mozilla/5.0 (Linux; Android 14)') => ({ address, userAgent });

describe('counting readers', () => {
  it('counts a reader once per report per day, and again the next day', async () => {
    const now = day('2025-04-05');
    expect(await recordView(db(), { report: 'a', ...reader('10.0.0.1'), now })).toBe(true);
    expect(await recordView(db(), { report: 'a', ...reader('10.0.0.1'), now })).toBe(false);
    // Another report, another browser on the same address, another address: each counts.
    expect(await recordView(db(), { report: 'b', ...reader('10.0.0.1'), now })).toBe(true);
    expect(await recordView(db(), { report: 'a', ...reader('10.0.0.1', 'Firefox'), now })).toBe(true);
    expect(await recordView(db(), { report: 'a', ...reader('10.0.0.2'), now })).toBe(true);
    expect(await recordView(db(), { report: 'a', ...reader('10.0.0.1'), now: day('2025-04-06') })).toBe(true);
    expect(await mostRead(db(), 10, day('2025-04-06'))).toEqual([
      { report: 'a', views: 4 },
      { report: 'b', views: 1 },
    ]);
  });

  it('keeps nothing that identifies a reader: no address, and the day’s salt and markers go the next day', async () => {
    await recordView(db(), { report: 'a', ...reader('203.0.113.9'), now: day('2025-04-05') });
    const dump = JSON.stringify([await db().select().from(viewSeen), await db().select().from(viewSalt)]);
    expect(dump).not.toContain('203.0.113.9');
    expect(dump).not.toContain('Android');
    await recordView(db(), { report: 'b', ...reader('198.51.100.7'), now: day('2025-04-06') });
    expect((await db().select().from(viewSalt)).map((r) => r.day)).toEqual(['2025-04-06']);
    expect((await db().select().from(viewSeen)).map((r) => r.report)).toEqual(['b']);
    // The figures themselves stay.
    expect(await db().select().from(reportViews)).toHaveLength(2);
  });
});

describe('the most read reports', () => {
  it('cover the last seven days, today included, most read first', async () => {
    const views: Array<[string, string, number]> = [
      ['old', '2025-03-29', 9], // eight days before 6 April: outside
      ['week', '2025-03-31', 2], // seven days including today: inside
      ['today', '2025-04-06', 3],
    ];
    for (const [report, iso, n] of views) {
      for (let i = 0; i < n; i++) await recordView(db(), { report, ...reader(`10.1.0.${i}`), now: day(iso) });
    }
    expect(await mostRead(db(), 10, day('2025-04-06'))).toEqual([
      { report: 'today', views: 3 },
      { report: 'week', views: 2 },
    ]);
    expect(await mostRead(db(), 1, day('2025-04-06'))).toEqual([{ report: 'today', views: 3 }]);
  });

  it('are none when nobody has read anything yet', async () => {
    expect(await mostRead(db(), 5)).toEqual([]);
  });
});
