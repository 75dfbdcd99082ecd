// Arabic text normalization for matching (search, glossary checks), after Lucene's ArabicNormalizer; the rules are
// listed in docs/translation-checks.md. Both sides of a comparison go through the same function.

const TASHKEEL_AND_TATWEEL = /[\u064B-\u0652\u0670\u0610-\u061A\u06D6-\u06ED\u0640]/g;
const BIDI_AND_ZERO_WIDTH = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

const LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ی: 'ي', // Persian yeh
  ک: 'ك', // Persian keheh
};

/** Arabic-Indic (٠–٩) and extended Arabic-Indic (۰–۹) digits to 0–9. */
export function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90));
}

/**
 * NFC; without diacritics, tatweel, bidi and zero-width controls; alef, yeh, teh marbuta, hamza carriers and
 * Persian letters folded; Latin digits; lower case (for the Latin text around).
 */
export function normalizeArabic(text: string): string {
  return latinDigits(
    text
      .normalize('NFC')
      .replace(TASHKEEL_AND_TATWEEL, '')
      .replace(BIDI_AND_ZERO_WIDTH, '')
      .replace(/[أإآٱىةؤئیک]/g, (c) => LETTERS[c]!),
  ).toLowerCase();
}

const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
// ية and ة appear here as يه and ه: the text is normalized first.
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/**
 * Light stemming after Lucene's ArabicStemmer, on normalized text (so ة is already ه): one prefix of ال وال بال كال
 * فال لل (and و before a word of 4+ letters), then suffixes ها ان ات ون ين يه ية ه ة ي, always keeping a stem of
 * at least 2 letters.
 */
export function stemArabic(word: string): string {
  let stem = word;
  const prefix = PREFIXES.find((p) => stem.startsWith(p) && stem.length - p.length >= 2);
  if (prefix) stem = stem.slice(prefix.length);
  else if (stem.startsWith('و') && stem.length >= 4) stem = stem.slice(1);
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 2) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}
