import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import * as rootParams from 'next/root-params';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { fontVariables } from '@/lib/fonts';
import { dirOf, isLocale } from '@/lib/locales';
import { siteUrl } from '@/lib/site/url';
import { headScript } from '@/lib/reading/head-script';
import { offlineScriptConfig } from '@/lib/offline/script';
import '../globals.css';

// Only /en and /ar exist (anything else is refused below, and by the proxy before that). Not `dynamicParams = false`:
// children inherit it, and report pages must render on demand.

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Metadata');
  const locale = await rootParams.locale();
  return {
    metadataBase: siteUrl,
    manifest: `/${locale}/manifest.webmanifest`,
    title: { default: t('title'), template: t('titleTemplate') },
    description: t('description'),
    icons: { icon: { url: '/favicon.svg', type: 'image/svg+xml' }, apple: { url: '/icons/icon-192.png', sizes: '192x192' } },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121416' },
  ],
};

export default async function LocaleLayout({ children }: LayoutProps<'/[locale]'>) {
  const locale = await rootParams.locale();
  if (!isLocale(locale)) notFound();
  return (
    // The inline script sets data-theme, the reading settings and classes before hydration, hence suppressHydrationWarning.
    <html lang={locale} dir={dirOf(locale)} className={fontVariables} suppressHydrationWarning>
      <head>
        {/* A fixed script (no content in it): stored settings before the first paint, place keeping, offline
            reading and listening (lib/reading/head-script.ts). */}
        <script dangerouslySetInnerHTML={{ __html: headScript(offlineScriptConfig(process.env.NODE_ENV === 'production')) }} />
      </head>
      <body className="bg-paper text-ink antialiased">
        {/* No client-side i18n or data providers here: reading pages' few client leaves get their strings as props.
            Pages that translate or load data in the browser mount NextIntlClientProvider (with only their
            namespaces) and components/query-provider.tsx in their own layouts. */}
        {children}
      </body>
    </html>
  );
}
