import { localeConfig, type Locale } from './locales';

// Dates and numbers for display. Every formatter names its numbering system and time zone, so Node's ICU on the
// server and the reader's browser produce the same string. English dates are British (day before month), as the
// region's readers write them.

/**
 * The newsroom's clock: every time on the site is shown in this zone, on the server and in the browser. The default
 * is UTC+3 all year (no daylight saving), the local time of most of the region the reports come from.
 */
export const siteTimeZone = process.env.SITE_TIME_ZONE || 'Asia/Riyadh';

const dateStyles = {
  /** "Friday, 4 April 2025", "الجمعة، 4 أبريل 2025" */
  dateline: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** "3 April 2025 at 11:00 GMT+3" (an offset, not a zone abbreviation that ICU versions spell differently) */
  published: { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'shortOffset' },
  /** "3 Apr 2025" */
  short: { day: 'numeric', month: 'short', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof dateStyles;

export type NumberingSystem = 'latn' | 'arab';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

export function formatDate(
  date: Date | string,
  style: DateStyle,
  locale: Locale,
  numberingSystem: NumberingSystem = localeConfig[locale].numberingSystem,
): string {
  const key = `d|${locale}|${style}|${numberingSystem}`;
  const formatter = cached(
    key,
    () => new Intl.DateTimeFormat(localeConfig[locale].intlLocale, { ...dateStyles[style], numberingSystem, timeZone: siteTimeZone }),
  );
  const value = typeof date === 'string' ? new Date(date) : date;
  if (localeConfig[locale].dir === 'ltr' || style !== 'published') return formatter.format(value);
  // In right-to-left text the offset's sign would land after its digits ("3+غرينتش"): a left-to-right mark keeps
  // "+3" together and in order.
  return formatter
    .formatToParts(value)
    .map((part) => (part.type === 'timeZoneName' ? part.value.replace(/([+\-−])/, '\u200e$1') : part.value))
    .join('');
}

/** "6 Shawwal 1446 AH", "6 شوال 1446 هـ": the Umm al-Qura calendar, shown beside the Gregorian date on request. */
export function formatHijri(date: Date | string, locale: Locale, numberingSystem: NumberingSystem = localeConfig[locale].numberingSystem): string {
  const key = `h|${locale}|${numberingSystem}`;
  const formatter = cached(
    key,
    () =>
      new Intl.DateTimeFormat(localeConfig[locale].intlLocale, {
        calendar: 'islamic-umalqura',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        numberingSystem,
        timeZone: siteTimeZone,
      }),
  );
  return formatter.format(typeof date === 'string' ? new Date(date) : date);
}

export function formatNumber(
  value: number,
  locale: Locale,
  numberingSystem: NumberingSystem = localeConfig[locale].numberingSystem,
): string {
  const key = `n|${locale}|${numberingSystem}`;
  return cached(key, () => new Intl.NumberFormat(localeConfig[locale].intlLocale, { numberingSystem, maximumFractionDigits: 1 })).format(value);
}

/** The calendar date (YYYY-MM-DD) in the newsroom's time zone, for `<time dateTime>`. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: siteTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}
