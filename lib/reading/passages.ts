import { shownText, type Report, type Shown } from '../content/queries';
import type { Block, Text } from '../content/schema';
import { otherLocale, type Locale } from '../locales';

// One reading model for both editions: what each passage of a report shows a reader of one language, and what it
// can reveal in the other. The full edition (components/report-blocks.tsx) and the lite edition (lib/lite/pages.ts)
// only lay it out.

export type Translation = { text: string; lang: Locale };

export type Passage = {
  block: Block;
  /** The passage in the reader's language, or the original, marked pending, while it awaits translation. */
  shown: Shown;
  /** The other language's text, to reveal in place; none while pending, since the page then shows the original. */
  translation?: Translation;
  /** A quote's attribution, in the language the passage is shown in. */
  cite?: Shown;
};

/** The text in the other language that a reader of `locale` may reveal under `text`. */
export function translationOf(text: Text | undefined, locale: Locale, original: Locale): Translation | undefined {
  const other = otherLocale(locale);
  const value = text?.[other];
  return value && !shownText(text, locale, original)?.pending ? { text: value, lang: other } : undefined;
}

/** The report's blocks as the one-language view shows them. */
export function passagesOf(report: Report, locale: Locale): Passage[] {
  const original = report.originalLanguage;
  return report.blocks.flatMap((block) => {
    const shown = shownText(block, locale, original);
    if (!shown) return [];
    return [{ block, shown, translation: translationOf(block, locale, original), cite: shownText(block.cite, shown.lang, original) }];
  });
}

export type Cell = { text?: string; lang: Locale };

/** A block's two languages for the paired views: the page's language first (at inline-start), then the other. */
export function cellsOf(block: Pick<Block, 'en' | 'ar'>, locale: Locale): [Cell, Cell] {
  const other = otherLocale(locale);
  return [
    { text: block[locale], lang: locale },
    { text: block[other], lang: other },
  ];
}
