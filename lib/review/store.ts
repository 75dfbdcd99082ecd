import { and, count, desc, eq, max } from 'drizzle-orm';
import type { CheckResult } from '../qa/checks';
import { hashText, type Segment } from './segments';
import type { Db } from '../db/client';
import { segmentComment, segmentEvent, segmentReview, user, type SegmentState } from '../db/schema';
import { batchApprovable } from './filters';
import type { SettableState } from './states';

export { settableStates, type SettableState } from './states';

// Review states, comments and history in SQLite. The report JSON stays read-only: a segment without a row takes
// its state from the content (missing, or translated).

export type ReviewRow = typeof segmentReview.$inferSelect;

/** The database or a transaction on it. */
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

export type SegmentView = Segment & {
  state: SegmentState;
  /** What a write must name as its base (0 for a segment never reviewed). */
  version: number;
  /** The source changed after the segment was last reviewed or approved. */
  stale: boolean;
  checks: CheckResult[];
  comments: number;
  updatedAt?: string;
  updatedBy?: string;
};


const reviewedStates: SegmentState[] = ['reviewed', 'approved'];

/** The state a reader and a reviewer see, from the content and the stored review (if any). */
export function effectiveState(segment: Segment, row: Pick<ReviewRow, 'state' | 'version' | 'sourceHash' | 'targetHash'> | undefined) {
  if (segment.target === undefined) return { state: 'missing' as const, version: row?.version ?? 0, stale: false };
  if (!row) return { state: 'translated' as const, version: 0, stale: false };
  // A review applies to the translation it saw: once the translation itself changes, it is merely translated again.
  const state = reviewedStates.includes(row.state) && row.targetHash !== hashText(segment.target) ? 'translated' : row.state;
  const stale = reviewedStates.includes(state) && row.sourceHash !== hashText(segment.source);
  return { state, version: row.version, stale };
}

/** Every segment of a report with its state, checks and comment count. */
export async function loadSegments(db: Db, report: string, segments: Segment[], checks: Map<string, CheckResult[]>): Promise<SegmentView[]> {
  const rows = await db
    .select({ review: segmentReview, name: user.name })
    .from(segmentReview)
    .innerJoin(user, eq(user.id, segmentReview.updatedBy))
    .where(eq(segmentReview.report, report));
  const counts = await db
    .select({ segment: segmentComment.segment, n: count() })
    .from(segmentComment)
    .where(eq(segmentComment.report, report))
    .groupBy(segmentComment.segment);
  const bySegment = new Map(rows.map((r) => [r.review.segment, r]));
  const commentCounts = new Map(counts.map((c) => [c.segment, c.n]));
  return segments.map((segment) => {
    const stored = bySegment.get(segment.id);
    return {
      ...segment,
      ...effectiveState(segment, stored?.review),
      checks: checks.get(segment.id) ?? [],
      comments: commentCounts.get(segment.id) ?? 0,
      ...(stored ? { updatedAt: stored.review.updatedAt.toISOString(), updatedBy: stored.name } : {}),
    };
  });
}

export type StateChange = {
  report: string;
  /** Made by the batch approval, which the history says. */
  batch?: boolean;
  segment: Segment;
  checks: CheckResult[];
  to: SettableState;
  baseVersion: number;
  reason?: string;
  userId: string;
  now?: Date;
};

export type StateChangeResult =
  | { ok: true; version: number; unchanged?: true }
  | { ok: false; error: 'conflict'; current: { state: SegmentState; version: number } }
  | { ok: false; error: 'no-target' | 'reason-required' };

/**
 * Sets a segment's state if, and only if, nobody changed it since `baseVersion`. Approving a segment with an error
 * check needs a written reason, which the history keeps.
 */
export async function setState(db: Db, change: StateChange): Promise<StateChangeResult> {
  return db.transaction((tx) => applyState(tx, change));
}

async function applyState(tx: Executor, change: StateChange): Promise<StateChangeResult> {
  const { report, segment, to, baseVersion, userId } = change;
  if (segment.target === undefined) return { ok: false, error: 'no-target' };
  const reason = change.reason?.trim() || undefined;
  if (to === 'approved' && change.checks.some((c) => c.severity === 'error') && !reason) return { ok: false, error: 'reason-required' };
  const now = change.now ?? new Date();
  const hashes = { sourceHash: hashText(segment.source)!, targetHash: hashText(segment.target) };

  const [row] = await tx.select().from(segmentReview).where(and(eq(segmentReview.report, report), eq(segmentReview.segment, segment.id)));
  const current = effectiveState(segment, row);
  if (current.version !== baseVersion) return { ok: false, error: 'conflict', current: { state: current.state, version: current.version } };
  // Setting the state it already has (and still valid for this source) changes nothing and records nothing.
  if (row && current.state === to && !current.stale) return { ok: true, version: current.version, unchanged: true };
  const version = baseVersion + 1;
  if (row) {
    await tx
      .update(segmentReview)
      .set({ state: to, version, ...hashes, updatedAt: now, updatedBy: userId })
      .where(and(eq(segmentReview.report, report), eq(segmentReview.segment, segment.id), eq(segmentReview.version, baseVersion)));
  } else {
    await tx.insert(segmentReview).values({ report, segment: segment.id, state: to, version, ...hashes, updatedAt: now, updatedBy: userId });
  }
  await tx.insert(segmentEvent).values({ report, segment: segment.id, kind: change.batch ? 'batch' : 'state', fromState: current.state, toState: to, reason, actorId: userId, at: now });
  return { ok: true, version };
}

export async function addComment(db: Db, input: { report: string; segment: string; body: string; userId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const [comment] = await tx
      .insert(segmentComment)
      .values({ report: input.report, segment: input.segment, body: input.body, authorId: input.userId, createdAt: now })
      .returning({ id: segmentComment.id });
    await tx.insert(segmentEvent).values({ report: input.report, segment: input.segment, kind: 'comment', commentId: comment!.id, actorId: input.userId, at: now });
    return comment!.id;
  });
}

export type HistoryEntry = {
  at: string;
  actor: string;
  kind: 'state' | 'comment';
  /** A state change made by the batch approval. */
  batch?: true;
  from?: SegmentState;
  to?: SegmentState;
  reason?: string;
  comment?: string;
};

/** A segment's changes and comments, newest first. */
export async function history(db: Db, report: string, segment: string): Promise<HistoryEntry[]> {
  const rows = await db
    .select({ event: segmentEvent, actor: user.name, comment: segmentComment.body })
    .from(segmentEvent)
    .innerJoin(user, eq(user.id, segmentEvent.actorId))
    .leftJoin(segmentComment, eq(segmentComment.id, segmentEvent.commentId))
    .where(and(eq(segmentEvent.report, report), eq(segmentEvent.segment, segment)))
    .orderBy(desc(segmentEvent.at), desc(segmentEvent.id));
  return rows.map(({ event, actor, comment }) => ({
    at: event.at.toISOString(),
    actor,
    kind: event.kind === 'comment' ? 'comment' : 'state',
    ...(event.kind === 'batch' ? { batch: true as const } : {}),
    ...(event.fromState ? { from: event.fromState } : {}),
    ...(event.toState ? { to: event.toState } : {}),
    ...(event.reason ? { reason: event.reason } : {}),
    ...(comment ? { comment } : {}),
  }));
}

/**
 * Approves, in one transaction, every segment the reviewer saw (`seenVersions`: the rows their filters showed) that
 * has a translation, no check at all, and is translated or reviewed (or approved but stale). A segment someone
 * marked as needing work is never approved in bulk. Only segments still at the version the reviewer saw are
 * changed; the others are returned as skipped, to be looked at again.
 */
export async function approveClean(
  db: Db,
  input: { report: string; segments: SegmentView[]; seenVersions: Record<string, number>; userId: string; now?: Date },
): Promise<{ approved: string[]; skipped: string[] }> {
  const candidates = input.segments.filter(batchApprovable);
  return db.transaction(async (tx) => {
    const approved: string[] = [];
    const skipped: string[] = [];
    for (const segment of candidates) {
      const seen = input.seenVersions[segment.id];
      if (seen === undefined) continue;
      const change = { report: input.report, segment, checks: [], to: 'approved' as const, baseVersion: seen, userId: input.userId, now: input.now, batch: true };
      const result = await applyState(tx, change);
      (result.ok ? approved : skipped).push(segment.id);
    }
    return { approved, skipped };
  });
}

export type ReportSummary = { rows: ReviewRow[]; lastReviewedAt?: Date };

/** The stored reviews of every report, for the queue. */
export async function reviewSummaries(db: Db): Promise<Map<string, ReportSummary>> {
  const rows = await db.select().from(segmentReview);
  const last = await db.select({ report: segmentReview.report, at: max(segmentReview.updatedAt) }).from(segmentReview).groupBy(segmentReview.report);
  const summaries = new Map<string, ReportSummary>();
  for (const row of rows) {
    const summary = summaries.get(row.report) ?? { rows: [] };
    summary.rows.push(row);
    summaries.set(row.report, summary);
  }
  for (const { report, at } of last) if (at) summaries.get(report)!.lastReviewedAt = at;
  return summaries;
}
