import { currentUser } from '@/lib/auth/auth';
import { route } from '@/lib/api';
import { noStore, reportOr404 } from '@/lib/review/api';
import { workbenchData } from '@/lib/review/service';

/** Every segment of a report with its state, version, checks and comment count. Anyone may read it. */
export const GET = route(async (request: Request, { params }: RouteContext<'/api/review/[slug]'>) => {
  const context = reportOr404((await params).slug);
  const user = await currentUser(request.headers);
  return Response.json({ ...(await workbenchData(context)), canEdit: user?.role === 'reviewer' }, { headers: noStore });
});
