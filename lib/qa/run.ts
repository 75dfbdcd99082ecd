import type { Content, Report } from '../content/load';
import { segmentsOf } from '../segments';
import { checkPair, findInconsistent, type CheckResult } from './checks';

export type SegmentChecks = { id: string; checks: CheckResult[] };
export type ReportChecks = { slug: string; segments: SegmentChecks[] };

const cache = new WeakMap<Content, Map<string, ReportChecks>>();

/**
 * Runs every check on every segment of every report. The content does not change while the process runs, so the
 * result is computed once per loaded content.
 */
export function checkContent(content: Content): Map<string, ReportChecks> {
  const cached = cache.get(content);
  if (cached) return cached;
  const all = content.reports.flatMap((report) => segmentsOf(report).map((segment) => ({ key: `${report.slug}\u0000${segment.id}`, pair: segment })));
  const inconsistent = findInconsistent(all);
  const byReport = new Map<string, ReportChecks>();
  for (const report of content.reports) {
    byReport.set(report.slug, {
      slug: report.slug,
      segments: segmentsOf(report).map((segment) => {
        const checks = checkPair(segment, content.glossary);
        const group = inconsistent.get(`${report.slug}\u0000${segment.id}`);
        return { id: segment.id, checks: group ? [...checks, group] : checks };
      }),
    });
  }
  cache.set(content, byReport);
  return byReport;
}

export function checkReport(content: Content, report: Report): ReportChecks {
  return checkContent(content).get(report.slug)!;
}

/** The public JSON shape (npm run qa --format json, GET /api/reports/{slug}/qa): id, severity and message only. */
export function toPublicJson(reports: ReportChecks[]) {
  return {
    reports: reports.map((r) => ({
      slug: r.slug,
      segments: r.segments.map((s) => ({ id: s.id, checks: s.checks.map(({ id, severity, message }) => ({ id, severity, message })) })),
    })),
  };
}

export const hasErrors = (reports: ReportChecks[]) => reports.some((r) => r.segments.some((s) => s.checks.some((c) => c.severity === 'error')));
