import { HttpError } from '../api';
import type { Segment } from './segments';
import { reviewContext, type ReviewContext } from './service';

// Lookups shared by the review route handlers: an unknown report or segment is a JSON 404.

export function reportOr404(slug: string): ReviewContext {
  const context = reviewContext(slug);
  if (!context) throw new HttpError(404, 'report_not_found', `There is no report "${slug}".`);
  return context;
}

export function segmentOr404(context: ReviewContext, id: string): Segment {
  const segment = context.segments.find((s) => s.id === id);
  if (!segment) throw new HttpError(404, 'segment_not_found', `Report "${context.report.slug}" has no segment "${id}".`);
  return segment;
}

export const noStore = { 'cache-control': 'no-store' };
