import { checkIds, type CheckId, type Severity } from '../qa/ids';
import { segmentStates, type SegmentState } from './states';

// The workbench's segment filters, kept in the URL (?state=&check=&severity=&stale=1) so that a reload, a shared
// link and the no-JavaScript form all show the same selection.

export type Filters = { state?: SegmentState; check?: CheckId; severity?: Severity; stale: boolean };

type Filterable = { state: SegmentState; stale: boolean; checks: Array<{ id: CheckId; severity: Severity }> };

export function parseFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): Filters {
  const get = (name: string) => {
    const value = params instanceof URLSearchParams ? params.get(name) : params[name];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const state = get('state');
  const check = get('check');
  const severity = get('severity');
  return {
    ...((segmentStates as readonly string[]).includes(state ?? '') ? { state: state as SegmentState } : {}),
    ...((checkIds as readonly string[]).includes(check ?? '') ? { check: check as CheckId } : {}),
    ...(severity === 'error' || severity === 'warning' ? { severity } : {}),
    stale: get('stale') === '1',
  };
}

export function filtersToSearch(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.state) params.set('state', filters.state);
  if (filters.check) params.set('check', filters.check);
  if (filters.severity) params.set('severity', filters.severity);
  if (filters.stale) params.set('stale', '1');
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function matches(filters: Filters) {
  return (segment: Filterable) =>
    (!filters.state || segment.state === filters.state) &&
    (!filters.check || segment.checks.some((c) => c.id === filters.check)) &&
    (!filters.severity || segment.checks.some((c) => c.severity === filters.severity)) &&
    (!filters.stale || segment.stale);
}

/**
 * Whether "approve all without findings" takes this segment: translated, no finding at all, and translated or
 * reviewed (or approved but stale). A segment marked as needing work never is. The store and the button's count
 * share this rule.
 */
export function batchApprovable(s: { target?: string; checks: unknown[]; state: SegmentState; stale: boolean }): boolean {
  return s.target !== undefined && s.checks.length === 0 && (s.state === 'translated' || s.state === 'reviewed' || (s.state === 'approved' && s.stale));
}
