import { route } from '@/lib/api';
import { getDb } from '@/lib/db/client';
import { noStore, reportOr404, segmentOr404 } from '@/lib/review/api';
import { history } from '@/lib/review/store';

/** Who changed the segment, when, from what to what, and the comments, newest first. */
export const GET = route(async (_request: Request, { params }: RouteContext<'/api/review/[slug]/segments/[segment]/history'>) => {
  const { slug, segment: segmentId } = await params;
  const segment = segmentOr404(reportOr404(slug), segmentId);
  return Response.json({ history: await history(await getDb(), slug, segment.id) }, { headers: noStore });
});
