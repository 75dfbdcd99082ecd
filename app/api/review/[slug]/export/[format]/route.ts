import { jsonError, route } from '@/lib/api';
import { reportOr404 } from '@/lib/review/api';
import { toTmx, toXliff } from '@/lib/review/export';
import { workbenchData } from '@/lib/review/service';
import packageJson from '@/package.json';

/** The report's segments as an XLIFF 2.0 or TMX 1.4 download. */
export const GET = route(async (_request: Request, { params }: RouteContext<'/api/review/[slug]/export/[format]'>) => {
  const { slug, format } = await params;
  const context = reportOr404(slug);
  if (format !== 'xliff' && format !== 'tmx') return jsonError(404, 'format_not_found', 'Export as xliff or tmx.');
  const { segments } = await workbenchData(context);
  const input = { slug, sourceLang: context.report.originalLanguage, targetLang: segments[0]?.targetLang ?? 'ar', segments };
  const body = format === 'xliff' ? toXliff(input) : toTmx(input, packageJson.version);
  const type = format === 'xliff' ? 'application/xliff+xml' : 'application/x-tmx+xml';
  return new Response(body, {
    headers: {
      'content-type': `${type}; charset=utf-8`,
      'content-disposition': `attachment; filename="${slug}.${format === 'xliff' ? 'xlf' : 'tmx'}"`,
      'cache-control': 'no-store',
    },
  });
});
