import { latinDigits, normalizeArabic, stemArabic } from '../arabic';

// The one tokenizer and term normalizer of search, used for the index, the query and the highlighting alike, so
// that a query with diacritics, أ/إ/آ, ة/ه, ى/ي, tatweel or Arabic-Indic digits finds the plain text and back.

export type Token = { word: string; start: number; end: number };

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Words (letters, marks and digits) with their offsets in the original text. */
export function tokens(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

const ARABIC = /[\u0600-\u06FF]/;

// Texts repeat their words, so each word's search form is kept (up to a bound): indexing and highlighting then
// cost a lookup per word instead of normalizing it again.
const known = new Map<string, string | null>();

/** The form a word is indexed and searched under: Arabic normalized and lightly stemmed; Latin folded. */
export function searchTerm(word: string): string | null {
  let term = known.get(word);
  if (term === undefined) {
    if (known.size >= 100_000) known.clear();
    term = fold(word);
    known.set(word, term);
  }
  return term;
}

function fold(word: string): string | null {
  if (ARABIC.test(word)) {
    const normalized = normalizeArabic(word);
    return normalized ? stemArabic(normalized) : null;
  }
  const folded = latinDigits(word)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase();
  return folded || null;
}

/** The words only, without offsets (for indexing: a fifth faster). Processing is searchTerm. */
export const tokenize = (text: string) => text.match(WORD) ?? [];
