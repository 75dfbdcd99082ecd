import { z } from 'zod';
import { assertSameOrigin, jsonError, readJson, requireReviewer, route } from '@/lib/api';
import { getDb } from '@/lib/db/client';
import { noStore, reportOr404, segmentOr404 } from '@/lib/review/api';
import { revalidateReport, workbenchData } from '@/lib/review/service';
import { setState, settableStates } from '@/lib/review/store';

const Body = z.strictObject({
  state: z.enum(settableStates),
  baseVersion: z.number().int().min(0),
  reason: z.string().max(2000).optional(),
});

/**
 * Sets a segment's state. 409 (with the segment as it now is) when someone changed it since `baseVersion`; 400 when
 * the segment has no translation, or is approved over an error without a reason.
 */
export const POST = route(async (request: Request, { params }: RouteContext<'/api/review/[slug]/segments/[segment]/state'>) => {
  const user = await requireReviewer(request);
  assertSameOrigin(request);
  const { slug, segment: segmentId } = await params;
  const context = reportOr404(slug);
  const segment = segmentOr404(context, segmentId);
  const body = await readJson(request, Body);
  const db = await getDb();
  const result = await setState(db, {
    report: slug,
    segment,
    checks: context.checks.get(segment.id) ?? [],
    to: body.state,
    baseVersion: body.baseVersion,
    reason: body.reason,
    userId: user.id,
  });
  const current = async () => (await workbenchData(context)).segments.find((s) => s.id === segment.id);
  if (!result.ok) {
    if (result.error === 'conflict') {
      return jsonError(409, 'conflict', 'Someone else changed this segment first; here is what it is now.', { segment: await current() });
    }
    if (result.error === 'no-target') return jsonError(400, 'no_target', 'This segment has no translation to review yet.');
    return jsonError(400, 'reason_required', 'This segment has an error: say why you approve it anyway.');
  }
  revalidateReport(slug);
  return Response.json({ segment: await current() }, { headers: noStore });
});
