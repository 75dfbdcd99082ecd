import { z } from 'zod';
import { assertSameOrigin, readJson, requireReviewer, route } from '@/lib/api';
import { getDb } from '@/lib/db/client';
import { noStore, reportOr404, segmentOr404 } from '@/lib/review/api';
import { addComment } from '@/lib/review/store';

const Body = z.strictObject({ body: z.string().trim().min(1, { error: 'A comment cannot be empty.' }).max(2000) });

export const POST = route(async (request: Request, { params }: RouteContext<'/api/review/[slug]/segments/[segment]/comments'>) => {
  const user = await requireReviewer(request);
  assertSameOrigin(request);
  const { slug, segment: segmentId } = await params;
  const segment = segmentOr404(reportOr404(slug), segmentId);
  const { body } = await readJson(request, Body);
  const id = await addComment(await getDb(), { report: slug, segment: segment.id, body, userId: user.id });
  return Response.json({ id }, { status: 201, headers: noStore });
});
