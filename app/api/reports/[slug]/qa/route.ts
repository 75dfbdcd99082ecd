import { route } from '@/lib/api';
import { checkReport, toPublicJson } from '@/lib/qa/run';
import { reportOr404 } from '@/lib/review/api';

/** The translation checks of one report, in the same shape as `npm run qa -- --format json`. */
export const GET = route(async (_request: Request, { params }: RouteContext<'/api/reports/[slug]/qa'>) => {
  const { content, report } = reportOr404((await params).slug);
  return Response.json(toPublicJson([checkReport(content, report)]));
});
