import { getTranslations } from 'next-intl/server';
import { localePath, routing } from '@/i18n/routing';
import { dirOf, isLocale } from '@/lib/locales';
import { palette } from '@/lib/palette';

export const dynamic = 'force-static';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** GET /{locale}/manifest.webmanifest: Jisr as an installed app, one per language, opening on that front page. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/manifest.webmanifest'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale });
  const home = localePath({ href: '/', locale });
  const manifest = {
    id: home,
    name: t('Metadata.title'),
    short_name: t('Site.name'),
    description: t('Metadata.description'),
    lang: locale,
    dir: dirOf(locale),
    start_url: home,
    scope: home,
    display: 'standalone',
    background_color: palette.light.paper,
    theme_color: palette.light.brand,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json; charset=utf-8' } });
}
