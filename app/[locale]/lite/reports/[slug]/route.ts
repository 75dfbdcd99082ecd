import { routing } from '@/i18n/routing';
import { getReport, getReports } from '@/lib/content/queries';
import { isLocale } from '@/lib/locales';
import { liteReport } from '@/lib/lite/pages';
import { liteResponse } from '@/lib/lite/response';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 300;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getReports().map((report) => ({ locale, slug: report.slug })));
}

/** GET /{locale}/lite/reports/{slug}: one report in the lite edition. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/lite/reports/[slug]'>) {
  const { locale, slug } = await params;
  const report = getReport(slug);
  if (!isLocale(locale) || !report) return new Response('Not found', { status: 404 });
  return liteResponse(await liteReport(locale, report));
}
