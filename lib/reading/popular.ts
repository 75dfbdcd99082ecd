import crypto from 'node:crypto';
import { desc, eq, gte, lt, sql, sum } from 'drizzle-orm';
import type { Db } from '../db/client';
import { reportViews, viewSalt, viewSeen } from '../db/schema';
import { isoDay } from '../format';

// "Popular": readers per report over the last seven days, counted on the server with no cookie and nothing personal
// kept (see the tables in lib/db/schema.ts). A reader counts once per report per day.

export const popularDays = 7;
/** Daily figures older than this are deleted; popular needs a week of them. */
const keepDays = 35;

const dayBefore = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T12:00:00Z`) - days * 86_400_000));

/** The day's salt, made on the first view of the day, when the previous days' salts and markers are deleted. */
async function saltOf(db: Db, day: string): Promise<string> {
  const [row] = await db.select().from(viewSalt).where(eq(viewSalt.day, day));
  if (row) return row.salt;
  return db.transaction(async (tx) => {
    await tx.insert(viewSalt).values({ day, salt: crypto.randomBytes(32).toString('base64url') }).onConflictDoNothing();
    await tx.delete(viewSalt).where(lt(viewSalt.day, day));
    await tx.delete(viewSeen).where(lt(viewSeen.day, day));
    await tx.delete(reportViews).where(lt(reportViews.day, dayBefore(day, keepDays)));
    const [made] = await tx.select().from(viewSalt).where(eq(viewSalt.day, day));
    return made!.salt;
  });
}

export type View = { report: string; address: string; userAgent: string; now?: Date };

/** Counts one reader of a report, unless they were already counted for it today. Returns whether it counted. */
export async function recordView(db: Db, view: View): Promise<boolean> {
  const day = isoDay(view.now ?? new Date());
  const salt = await saltOf(db, day);
  const visitor = crypto.createHash('sha256').update(`${salt}\0${view.address}\0${view.userAgent}`).digest('base64url');
  return db.transaction(async (tx) => {
    const fresh = await tx.insert(viewSeen).values({ day, report: view.report, visitor }).onConflictDoNothing().returning({ day: viewSeen.day });
    if (fresh.length === 0) return false;
    await tx
      .insert(reportViews)
      .values({ report: view.report, day, views: 1 })
      .onConflictDoUpdate({ target: [reportViews.report, reportViews.day], set: { views: sql`${reportViews.views} + 1` } });
    return true;
  });
}

/** Reports by readers over the last seven days (today included), most read first. */
export async function mostRead(db: Db, limit: number, now = new Date()): Promise<Array<{ report: string; views: number }>> {
  const since = dayBefore(isoDay(now), popularDays - 1);
  const total = sum(reportViews.views).mapWith(Number);
  const rows = await db
    .select({ report: reportViews.report, views: total })
    .from(reportViews)
    .where(gte(reportViews.day, since))
    .groupBy(reportViews.report)
    .orderBy(desc(total), reportViews.report)
    .limit(limit);
  return rows;
}
