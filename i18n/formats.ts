import type { Formats } from 'next-intl';
import { localeConfig, type Locale } from '@/lib/locales';

// Named number formats for ICU messages ("{count, number, count}"). Each names the locale's numbering system, so
// counts inside translated sentences use the same digits on the server and in the browser. Dates are formatted by
// lib/format.ts.
export function formatsFor(locale: Locale) {
  const { numberingSystem } = localeConfig[locale];
  return {
    number: {
      count: { maximumFractionDigits: 0, numberingSystem },
    },
  } satisfies Formats;
}

export type AppFormats = ReturnType<typeof formatsFor>;
