import { dirOf, otherLocale, type Locale } from '@/lib/locales';

const names: Record<Locale, string> = { en: 'Jisr', ar: 'جسر' };

/** Jisr in the page's script, with the other script's name beside it. */
export function Wordmark({ locale }: { locale: Locale }) {
  const other = otherLocale(locale);
  return (
    <span className="inline-flex items-baseline gap-2 text-ink">
      <svg aria-hidden="true" viewBox="0 0 40 20" className="h-4 w-8 self-center text-brand" fill="none" stroke="currentColor" strokeWidth="2.5">
        <path d="M2 17 Q20 -3 38 17 M2 17 H38 M11 17 V9 M20 17 V5 M29 17 V9" strokeLinecap="round" />
      </svg>
      <span className="text-2xl font-bold leading-none">{names[locale]}</span>
      <span lang={other} dir={dirOf(other)} className="font-chrome text-[1rem] leading-none text-muted max-[380px]:hidden">
        {names[other]}
      </span>
    </span>
  );
}
