import { routing } from '@/i18n/routing';
import { isLocale } from '@/lib/locales';
import { liteFront } from '@/lib/lite/pages';
import { liteResponse } from '@/lib/lite/response';

export const dynamic = 'force-static';
export const revalidate = 300;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** GET /{locale}/lite: the lite edition's list of reports. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/lite'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  return liteResponse(await liteFront(locale));
}
