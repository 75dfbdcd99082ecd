import { revalidatePath } from 'next/cache';
import type { Content, Report } from '../content/load';
import { loadContent, reportBySlug } from '../content/store';
import { getDb } from '../db/client';
import { locales } from '../locales';
import type { CheckResult } from '../qa/checks';
import { checkReport } from '../qa/run';
import { segmentsOf, type Segment } from './segments';
import { pairedViews } from '../site/views';
import { effectiveState, loadSegments, reviewSummaries, type SegmentView } from './store';

// What the workbench, the queue, the API and the report page need from the content, the checks and the database.

export type ReviewContext = { content: Content; report: Report; segments: Segment[]; checks: Map<string, CheckResult[]> };

export function reviewContext(slug: string): ReviewContext | undefined {
  const content = loadContent();
  const report = reportBySlug(content, slug);
  if (!report) return undefined;
  const checks = new Map(checkReport(content, report).segments.map((s) => [s.id, s.checks]));
  return { content, report, segments: segmentsOf(report), checks };
}

export type Progress = { approved: number; total: number };

export const progressOf = (segments: Pick<SegmentView, 'state'>[]): Progress => ({
  approved: segments.filter((s) => s.state === 'approved').length,
  total: segments.length,
});

export type WorkbenchData = { slug: string; segments: SegmentView[]; progress: Progress };

export async function workbenchData(context: ReviewContext): Promise<WorkbenchData> {
  const segments = await loadSegments(await getDb(), context.report.slug, context.segments, context.checks);
  return { slug: context.report.slug, segments, progress: progressOf(segments) };
}

/**
 * What a reader is told about a translation: reviewed once every segment is approved; under review once any segment
 * has been reviewed; otherwise a draft. `sourceUpdated`: the original changed after a review.
 */
export type TranslationStatus = { status: 'reviewed' | 'in-review' | 'draft'; sourceUpdated: boolean };

export function translationStatusOf(segments: Pick<SegmentView, 'state' | 'stale'>[]): TranslationStatus {
  const sourceUpdated = segments.some((s) => s.stale);
  if (segments.length > 0 && segments.every((s) => s.state === 'approved')) return { status: 'reviewed', sourceUpdated };
  if (segments.some((s) => s.state === 'reviewed' || s.state === 'approved')) return { status: 'in-review', sourceUpdated };
  return { status: 'draft', sourceUpdated };
}

// Reader pages need states only, not the checks (which compare every report with the others).
export async function translationStatus(report: Report): Promise<TranslationStatus> {
  return translationStatusOf(await loadSegments(await getDb(), report.slug, segmentsOf(report), new Map()));
}

export type QueueRow = {
  report: Report;
  progress: Progress;
  /** Segments with no translation yet: work for a translator, counted apart from the checks' errors. */
  missing: number;
  errors: number;
  warnings: number;
  stale: number;
  lastReviewedAt?: string;
};

/** One row per report for the review queue. */
export async function queueRows(): Promise<QueueRow[]> {
  const content = loadContent();
  const summaries = await reviewSummaries(await getDb());
  return content.reports.map((report) => {
    const summary = summaries.get(report.slug);
    const rows = new Map(summary?.rows.map((r) => [r.segment, r]));
    const checks = checkReport(content, report).segments.flatMap((s) => s.checks);
    const states = segmentsOf(report).map((segment) => effectiveState(segment, rows.get(segment.id)));
    return {
      report,
      progress: progressOf(states),
      missing: states.filter((s) => s.state === 'missing').length,
      errors: checks.filter((c) => c.severity === 'error' && c.id !== 'empty').length,
      warnings: checks.filter((c) => c.severity === 'warning').length,
      stale: states.filter((s) => s.stale).length,
      ...(summary?.lastReviewedAt ? { lastReviewedAt: summary.lastReviewedAt.toISOString() } : {}),
    };
  });
}

/** The report's prerendered pages show the translation status: refresh them after a review. */
export function revalidateReport(slug: string) {
  for (const locale of locales) {
    revalidatePath(`/${locale}/reports/${slug}`);
    for (const view of pairedViews) revalidatePath(`/${locale}/reports/${slug}/${view}`);
  }
}
