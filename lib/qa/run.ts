import type { Content, Report } from '../content/load';
import { segmentsOf } from '../review/segments';
import { checkPair, consistencyKey, inconsistency, type CheckResult } from './checks';

export type SegmentChecks = { id: string; checks: CheckResult[] };
export type ReportChecks = { slug: string; segments: SegmentChecks[] };

/** What the checks know of one report: its own findings per segment, and the consistency group of each segment. */
type Checked = { report: Report; segments: Array<{ id: string; checks: CheckResult[]; group?: string; target?: string }> };

/**
 * The checks of the current content, kept per process and brought up to date per changed report: a report's own
 * checks depend only on it and the glossary; the consistency check compares segments with the same source across
 * the reports, through groups that are updated as reports come and go.
 */
type State = { content?: Content; glossary?: Content['glossary']; reports: Map<string, Checked>; groups: Map<string, Map<string, string>> };
const stateKey = Symbol.for('jisr.qa.state');

const memberKey = (slug: string, segment: string) => `${slug}\u0000${segment}`;

function checkOne(report: Report, glossary: Content['glossary']): Checked {
  return {
    report,
    segments: segmentsOf(report).map((segment) => ({ id: segment.id, checks: checkPair(segment, glossary), ...consistencyKey(segment) })),
  };
}

function sync(content: Content): State {
  const global = globalThis as Record<symbol, State | undefined>;
  const state = (global[stateKey] ??= { reports: new Map(), groups: new Map() } as State);
  if (state.content === content) return state;
  const glossaryChanged = state.glossary !== content.glossary;
  const next = new Map(content.reports.map((r) => [r.slug, r]));
  const leave = (checked: Checked) => {
    for (const s of checked.segments) if (s.group) state.groups.get(s.group)?.delete(memberKey(checked.report.slug, s.id));
  };
  for (const [slug, checked] of state.reports) {
    if (glossaryChanged || next.get(slug) !== checked.report) {
      leave(checked);
      state.reports.delete(slug);
    }
  }
  for (const [slug, report] of next) {
    if (state.reports.has(slug)) continue;
    const checked = checkOne(report, content.glossary);
    state.reports.set(slug, checked);
    for (const s of checked.segments) {
      if (!s.group) continue;
      if (!state.groups.has(s.group)) state.groups.set(s.group, new Map());
      state.groups.get(s.group)!.set(memberKey(slug, s.id), s.target!);
    }
  }
  state.content = content;
  state.glossary = content.glossary;
  return state;
}

function reportChecks(state: State, checked: Checked): ReportChecks {
  return {
    slug: checked.report.slug,
    segments: checked.segments.map(({ id, checks, group }) => {
      const inconsistent = group ? inconsistency(new Set(state.groups.get(group)?.values())) : undefined;
      return { id, checks: inconsistent ? [...checks, inconsistent] : checks };
    }),
  };
}

/** Every check on every segment of every report. */
export function checkContent(content: Content): Map<string, ReportChecks> {
  const state = sync(content);
  return new Map(content.reports.map((r) => [r.slug, reportChecks(state, state.reports.get(r.slug)!)]));
}

export function checkReport(content: Content, report: Report): ReportChecks {
  const state = sync(content);
  const checked = state.reports.get(report.slug);
  // A report from an older snapshot than the content's (a request that began before a change): check it alone.
  return reportChecks(state, checked?.report === report ? checked : checkOne(report, content.glossary));
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
