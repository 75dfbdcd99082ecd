import { getReport } from '@/lib/content/queries';
import { isLocale } from '@/lib/locales';
import { liteReport } from '@/lib/lite/pages';
import { liteResponse } from '@/lib/lite/response';

export const dynamic = 'force-static';
export const revalidate = 300;

// None at build time: each is rendered on its first request and cached until the content changes
// (lib/content/page-cache.cjs), so the build does not grow with the archive. The proxy answers unknown ones 404.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

/** GET /{locale}/lite/reports/{slug}: one report in the lite edition. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/lite/reports/[slug]'>) {
  const { locale, slug } = await params;
  const report = getReport(slug);
  if (!isLocale(locale) || !report) return new Response('Not found', { status: 404 });
  return liteResponse(await liteReport(locale, report));
}
