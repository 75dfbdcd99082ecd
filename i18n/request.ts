import * as rootParams from 'next/root-params';
import { getRequestConfig } from 'next-intl/server';
import { siteTimeZone } from '@/lib/format';
import { isLocale } from '@/lib/locales';
import { formatsFor } from './formats';
import { routing } from './routing';

// The locale comes from the [locale] root segment (next/root-params), so pages stay static without
// setRequestLocale. An explicit locale passed to getTranslations({locale}) wins.
export default getRequestConfig(async ({ locale }) => {
  let resolved = locale;
  if (!resolved) {
    const segment = await rootParams.locale();
    resolved = isLocale(segment) ? segment : routing.defaultLocale;
  }
  return {
    locale: resolved,
    messages: (await import(`../messages/${resolved}.json`)).default,
    formats: formatsFor(resolved),
    timeZone: siteTimeZone,
  };
});
