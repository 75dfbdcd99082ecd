import { defineRouting } from 'next-intl/routing';
import { locales } from '@/lib/locales';

export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  // Every URL carries its locale, so every page can be prerendered for both languages.
  localePrefix: 'always',
  // `/` picks the reader's language: this cookie first, then Accept-Language, then English.
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
});
