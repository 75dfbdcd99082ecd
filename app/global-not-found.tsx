/* eslint-disable @next/next/no-html-link-for-pages -- outside the app, a full page load into a locale is intended */
import type { Metadata } from 'next';
import { headScript } from '@/lib/reading/head-script';
import { offlineScriptConfig } from '@/lib/offline/script';
import './globals.css';

export const metadata: Metadata = {
  title: 'Page not found · الصفحة غير موجودة',
  icons: { icon: { url: '/favicon.svg', type: 'image/svg+xml' } },
};

// For addresses outside /en and /ar that no route matches (the proxy sends every other path to a locale, so this
// is mostly files that do not exist). There is no locale to go by, so it speaks both languages.
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <head>
        {/* A fixed script: the reader's stored theme, as on every other page. */}
        <script dangerouslySetInnerHTML={{ __html: headScript(offlineScriptConfig(process.env.NODE_ENV === 'production')) }} />
      </head>
      <body className="bg-paper text-ink">
        <main className="mx-auto max-w-[42rem] space-y-6 px-4 py-16 font-ui">
          <section className="space-y-2">
            <h1 className="text-2xl font-bold">Page not found</h1>
            <p>
              <a href="/en">Go to the Jisr front page</a>
            </p>
          </section>
          <section lang="ar" dir="rtl" className="space-y-2">
            <h2 className="text-2xl font-bold">الصفحة غير موجودة</h2>
            <p>
              <a href="/ar">اذهب إلى الصفحة الأولى في جسر</a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
