import type { ComponentProps } from 'react';
import { formatDate, formatHijri, type DateStyle } from '@/lib/format';
import type { Locale } from '@/lib/locales';

// Dates and counts in the interface. Each is marked for the reader's digits setting, which rewrites its digits
// before it is painted (lib/reading/settings.ts); suppressHydrationWarning because React would otherwise take the
// rewritten text for a mismatch.

type Props = {
  date: Date | string;
  style: DateStyle;
  locale: Locale;
  /** The Hijri date beside it, shown when the reader has asked for it (globals.css: .hijri). */
  hijri?: boolean;
  /** The machine-readable value, when not the instant itself (the date line gives the day). */
  dateTime?: string;
};

export function DateTime({ date, style, locale, hijri = false, dateTime }: Props) {
  const value = typeof date === 'string' ? new Date(date) : date;
  return (
    <>
      <time dateTime={dateTime ?? (typeof date === 'string' ? date : value.toISOString())} suppressHydrationWarning>
        {formatDate(value, style, locale)}
      </time>
      {/* In brackets and isolated: beside a time's "+3" the bidi algorithm would otherwise run the digits of the two
          dates together, and a middle dot reads as an Arabic-Indic zero. One piece that does not wrap. */}
      {hijri && (
        <>
          {' '}
          <bdi className="hijri whitespace-nowrap" data-num suppressHydrationWarning>
            ({formatHijri(value, locale)})
          </bdi>
        </>
      )}
    </>
  );
}

/** A count or a phrase with one ("5 minute read"). */
export function Count({ children, ...props }: { children: string } & Omit<ComponentProps<'span'>, 'children'>) {
  return (
    <span {...props} data-num suppressHydrationWarning>
      {children}
    </span>
  );
}
