import { defineRouting } from 'next-intl/routing';
import { locales, type Locale } from '@/lib/locales';

export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  // Every URL carries its locale, so every page can be prerendered for both languages.
  localePrefix: 'always',
  // `/` picks the reader's language: this cookie first, then Accept-Language, then English.
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
  // Each page states its own language links, with absolute SITE_URL addresses (lib/site/metadata.ts); the
  // middleware's Link header would repeat them from the request's host, and wrongly for feeds.
  alternateLinks: false,
});

/**
 * The address of a page in a locale: `/reports/x` → `/ar/reports/x`. What next-intl's getPathname does for this
 * routing (a prefix on every URL), without importing i18n/navigation into server components, which would send
 * next-intl's client Link to every page.
 */
export function localePath({ href, locale }: { href: string; locale: Locale }): string {
  return `/${locale}${href === '/' ? '' : href}`;
}
