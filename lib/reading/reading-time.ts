import { shownText, type Report } from '../content/queries';
import { localeConfig, type Locale } from '../locales';

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Estimated minutes to read the report as a `locale` reader sees it (pending passages in their original language),
 * each passage at its own language's reading speed. Never less than one minute.
 */
export function readingMinutes(report: Report, locale: Locale): number {
  const texts = [report.headline, report.standfirst, ...report.blocks];
  let minutes = 0;
  for (const text of texts) {
    const shown = shownText(text, locale, report.originalLanguage);
    if (shown) minutes += wordCount(shown.text) / localeConfig[shown.lang].wordsPerMinute;
  }
  return Math.max(1, Math.round(minutes));
}
