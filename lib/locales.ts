// Per-locale settings, in one place (as simorgh keeps one config per service).
// Latin digits are the editorial default for Arabic, as on BBC News Arabic; the numbering system is always
// passed explicitly so that Node's ICU and the browser's format numbers and dates the same way.

export const locales = ['en', 'ar'] as const;
export type Locale = (typeof locales)[number];

export type Direction = 'ltr' | 'rtl';

export type LocaleConfig = {
  dir: Direction;
  /** BCP 47 tag handed to Intl, without the numbering system. */
  intlLocale: string;
  numberingSystem: 'latn' | 'arab';
  /** Words a practised reader reads per minute, for the estimated reading time. */
  wordsPerMinute: number;
  /** The language's own name, shown in the language switch. */
  nativeName: string;
  /** Open Graph's language_TERRITORY form. */
  ogLocale: string;
};

export const localeConfig: Record<Locale, LocaleConfig> = {
  en: { dir: 'ltr', intlLocale: 'en-GB', numberingSystem: 'latn', wordsPerMinute: 230, nativeName: 'English', ogLocale: 'en_GB' },
  // Arabic words carry attached prefixes and suffixes, so fewer of them make a minute of reading.
  ar: { dir: 'rtl', intlLocale: 'ar', numberingSystem: 'latn', wordsPerMinute: 160, nativeName: 'العربية', ogLocale: 'ar_AR' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ar' : 'en';
}

export function dirOf(locale: Locale): Direction {
  return localeConfig[locale].dir;
}

/** `lang`/`dir` for text in `lang` shown on a `pageLocale` page: set only where the language changes. */
export function langAttrs(lang: Locale, pageLocale: Locale): { lang?: Locale; dir?: Direction } {
  return lang === pageLocale ? {} : { lang, dir: dirOf(lang) };
}
