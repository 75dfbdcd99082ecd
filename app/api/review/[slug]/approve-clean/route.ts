import { z } from 'zod';
import { assertSameOrigin, readJson, requireReviewer, route } from '@/lib/api';
import { getDb } from '@/lib/db/client';
import { noStore, reportOr404 } from '@/lib/review/api';
import { revalidateReport, workbenchData } from '@/lib/review/service';
import { approveClean } from '@/lib/review/store';

// The versions of the segments as the reviewer saw them: only those still unchanged are approved.
const Body = z.strictObject({ versions: z.record(z.string().max(64), z.number().int().min(0)) });

/** Approves every segment of the report that has a translation and no checks. */
export const POST = route(async (request: Request, { params }: RouteContext<'/api/review/[slug]/approve-clean'>) => {
  const user = await requireReviewer(request);
  assertSameOrigin(request);
  const context = reportOr404((await params).slug);
  const { versions } = await readJson(request, Body);
  const before = await workbenchData(context);
  const db = await getDb();
  const result = await approveClean(db, { report: context.report.slug, segments: before.segments, seenVersions: versions, userId: user.id });
  if (result.approved.length > 0) revalidateReport(context.report.slug);
  return Response.json({ ...result, ...(await workbenchData(context)) }, { headers: noStore });
});
