import { latinDigits, normalizeArabic, stemArabic } from '../arabic';
import type { GlossaryEntry } from '../content/schema';
import type { Locale } from '../locales';
import { severityOf, type CheckId, type CheckResult } from './ids';

export { checkIds, severityOf, type CheckId, type CheckResult, type Severity } from './ids';

// Translation quality checks, as described in docs/translation-checks.md. Each is a pure function of a
// source/target pair (plus the glossary, or the whole corpus for `inconsistent`). The ids are a public interface:
// `npm run qa`, the API and editors' CI scripts name them.


export type Pair = { source: string; target?: string; sourceLang: Locale; targetLang: Locale };

const result = (id: CheckId, message: string, params?: CheckResult['params']): CheckResult => ({
  id,
  severity: severityOf[id],
  message,
  ...(params ? { params } : {}),
});

const BIDI = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** The comparison form every check starts from: NFC, no bidi controls, Latin digits and Latin number marks. */
export function normalizeForChecks(text: string): string {
  return latinDigits(text.normalize('NFC').replace(BIDI, ''))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',')
    .replace(/\u066A/g, '%');
}

const hasLetterOrDigit = (text: string) => /[\p{L}\p{N}]/u.test(text);
const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FC]/;

/** Items of `a` not in `b`, counting repeats. */
function multisetMinus(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i === -1) return true;
    rest.splice(i, 1);
    return false;
  });
}

const list = (items: string[]) => items.join(', ');

export function checkEmpty({ source, target }: Pair): CheckResult[] {
  if (!hasLetterOrDigit(source) || (target !== undefined && target.trim() !== '')) return [];
  return [result('empty', 'the target is missing or blank')];
}

export function checkUnchanged({ source, target, targetLang }: Pair): CheckResult[] {
  if (target === undefined) return [];
  const s = normalizeForChecks(source).trim();
  const t = normalizeForChecks(target).trim();
  if (/\p{L}/u.test(s) && s === t) return [result('unchanged', 'the target is the same as the source', { reason: 'same' })];
  if (targetLang === 'ar' && !ARABIC_LETTER.test(t) && (s.match(/[A-Za-z]/g) ?? []).length >= 3) {
    return [result('unchanged', 'the Arabic target has no Arabic letters', { reason: 'no-arabic' })];
  }
  return [];
}

// A number followed by a scale word is one number: news writes 100,000 in English and «100 ألف» in Arabic, and
// 2.5 million and «2.5 مليون». Other words (the 1990s, «التسعينيات») are left to the reviewer.
const SCALED = /(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s+(thousand|million|billion|ألف|آلاف|الف|مليون|ملايين|مليار|مليارات)(?![\p{L}]))?/giu;
const SCALE: Record<string, number> = { thousand: 1e3, ألف: 1e3, آلاف: 1e3, الف: 1e3, million: 1e6, مليون: 1e6, ملايين: 1e6, billion: 1e9, مليار: 1e9, مليارات: 1e9 };

export function numbersIn(text: string): string[] {
  return [...normalizeForChecks(text).matchAll(SCALED)].map(([, digits, scale]) => {
    const plain = digits!.replace(/,/g, '');
    // Scaled values are compared as whole numbers; without a scale word the digits stay as written (3.50 ≠ 3.5).
    return scale ? String(Math.round(Number(plain) * SCALE[scale.toLowerCase()]!)) : plain;
  });
}

export function checkNumbers({ source, target }: Pair): CheckResult[] {
  if (target === undefined) return [];
  const s = numbersIn(source);
  const t = numbersIn(target);
  const missing = multisetMinus(s, t);
  const extra = multisetMinus(t, s);
  if (missing.length === 0 && extra.length === 0) return [];
  const parts = [
    missing.length > 0 ? `the target lacks ${list(missing)}` : '',
    extra.length > 0 ? `it has ${list(extra)} extra` : '',
  ].filter(Boolean);
  return [result('numbers', parts.join('; '), { missing, extra })];
}

export type EndClass = 'full-stop' | 'question-mark' | 'exclamation-mark' | 'colon' | 'semicolon' | 'comma' | 'ellipsis' | 'none';

export function endClass(text: string): EndClass {
  const t = normalizeForChecks(text)
    .trimEnd()
    .replace(/["'”’»)\]}›]+$/u, '')
    .trimEnd();
  if (t.endsWith('…') || t.endsWith('...')) return 'ellipsis';
  const last = t.at(-1) ?? '';
  if (last === '.') return 'full-stop';
  if (last === '?' || last === '؟') return 'question-mark';
  if (last === '!') return 'exclamation-mark';
  if (last === ':') return 'colon';
  if (last === ';' || last === '؛') return 'semicolon';
  if (last === ',' || last === '،') return 'comma';
  return 'none';
}

export function checkEndPunctuation({ source, target }: Pair): CheckResult[] {
  if (target === undefined || target.trim() === '') return [];
  const s = endClass(source);
  const t = endClass(target);
  if (s === t) return [];
  const phrase = (c: EndClass) => (c === 'none' ? 'no punctuation' : c === 'ellipsis' ? 'an ellipsis' : `a ${c.replace('-', ' ')}`);
  return [result('end-punctuation', `the source ends with ${phrase(s)}, the target with ${phrase(t)}`, { source: s, target: t })];
}

const URLISH = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function checkArabicPunctuation(pair: Pair): CheckResult[] {
  const found: string[] = [];
  const where = new Set<'source' | 'target'>();
  for (const [side, lang, text] of [
    ['source', pair.sourceLang, pair.source],
    ['target', pair.targetLang, pair.target],
  ] as const) {
    if (lang !== 'ar' || !text) continue;
    const withoutUrls = normalizeForChecks(text).replace(URLISH, ' ');
    for (const m of withoutUrls.matchAll(new RegExp(`${ARABIC_LETTER.source}([,;?])`, 'g'))) {
      found.push(m[1]!);
      where.add(side);
    }
  }
  if (found.length === 0) return [];
  const arabic: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
  const unique = [...new Set(found)];
  // Arabic is one side of every pair, so the marks are in the original, the translation, or (rarely) both.
  const place = where.size === 2 ? 'both' : [...where][0]!;
  const inWhat = place === 'source' ? ' in the source' : place === 'both' ? ' in both texts' : '';
  return [
    result('arabic-punctuation', `Latin ${unique.map((p) => `"${p}"`).join(', ')} after an Arabic letter${inWhat} (use ${unique.map((p) => arabic[p]).join(' ')})`, {
      marks: unique,
      place,
    }),
  ];
}

export function checkWhitespace({ source, target }: Pair): CheckResult[] {
  if (target === undefined) return [];
  const problems: Array<'double' | 'leading' | 'trailing'> = [];
  if (/ {2}/.test(target) && !/ {2}/.test(source)) problems.push('double');
  if (/^\s/.test(target) !== /^\s/.test(source)) problems.push('leading');
  if (/\s$/.test(target) !== /\s$/.test(source)) problems.push('trailing');
  if (problems.length === 0) return [];
  const words = { double: 'a double space', leading: 'different leading whitespace', trailing: 'different trailing whitespace' };
  return [result('whitespace', `the target has ${problems.map((p) => words[p]).join(' and ')}`, { problems })];
}

const PAIRS: Array<[string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['«', '»'],
  ['“', '”'],
];

/** Brackets and quotes that do not balance in a text, in the order met: `unmatched:]`, `unclosed:(`, `odd-quotes`. */
export function unbalanced(text: string): string[] {
  const opens = new Map(PAIRS);
  const closes = new Map(PAIRS.map(([o, c]) => [c, o]));
  const stack: string[] = [];
  const problems: string[] = [];
  for (const ch of text) {
    if (opens.has(ch)) stack.push(ch);
    else if (closes.has(ch)) {
      if (stack.at(-1) === closes.get(ch)) stack.pop();
      else problems.push(`unmatched:${ch}`);
    }
  }
  problems.push(...stack.map((ch) => `unclosed:${ch}`));
  if ((text.match(/"/g) ?? []).length % 2 === 1) problems.push('odd-quotes');
  return problems;
}

export function checkBrackets({ target }: Pair): CheckResult[] {
  if (!target) return [];
  const problems = unbalanced(target);
  if (problems.length === 0) return [];
  const words = problems.map((p) => (p === 'odd-quotes' ? 'an odd number of "' : p.startsWith('unclosed:') ? `an unclosed ${p.slice(9)}` : `an unmatched ${p.slice(10)}`));
  return [result('brackets', `the target has ${words.join(', ')}`, { problems })];
}

/** URLs, e-mail addresses, @handles and #hashtags, as written. */
export function linksIn(text: string): string[] {
  const t = normalizeForChecks(text);
  const urls = (t.match(/(?:https?:\/\/|www\.)[^\s<>"«»“”]+/g) ?? []).map((u) => u.replace(/[.,;:!?؟،؛)\]}'’]+$/u, ''));
  const rest = t.replace(/(?:https?:\/\/|www\.)[^\s<>"«»“”]+/g, ' ');
  const emails = rest.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [];
  const rest2 = rest.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ');
  const handles = rest2.match(/(?<![\w@])@[A-Za-z0-9_]{1,30}\b/g) ?? [];
  const tags = rest2.match(/(?<![\p{L}\p{N}_#&])#[\p{L}\p{N}_]+/gu) ?? [];
  return [...urls, ...emails, ...handles, ...tags];
}

export function checkUrls({ source, target }: Pair): CheckResult[] {
  if (target === undefined) return [];
  const missing = multisetMinus(linksIn(source), linksIn(target));
  const extra = multisetMinus(linksIn(target), linksIn(source));
  if (missing.length === 0 && extra.length === 0) return [];
  const parts = [missing.length > 0 ? `the target lacks ${list(missing)}` : '', extra.length > 0 ? `it has ${list(extra)} extra` : ''].filter(Boolean);
  return [result('urls', parts.join('; '), { missing, extra })];
}

/** An English glossary term matches case-insensitively, except acronyms (YÖK, CTP), which must match exactly. */
function containsEnglishTerm(text: string, term: string): boolean {
  const acronym = term === term.toUpperCase() && /\p{Lu}{2}/u.test(term);
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, acronym ? 'u' : 'iu').test(text.normalize('NFC'));
}

/** An Arabic text's words as light stems, so that a glossary term matches with its article, a clitic or a suffix. */
function arabicStems(text: string): string[][] {
  return normalizeArabic(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => {
      // The word itself, and without a one-letter clitic (و ف ب ك ل), whose letter could also be part of the word.
      const forms = [stemArabic(word)];
      if (/^[وفبكل]/.test(word) && word.length >= 4) forms.push(stemArabic(word.slice(1)));
      return forms;
    });
}

/** The rendering's words appear in order, each in some inflected form: للانتداب الفرنسي has الانتداب الفرنسي. */
function containsArabic(text: string, rendering: string): boolean {
  const words = arabicStems(text);
  const term = arabicStems(rendering).map((forms) => forms[0]!);
  return words.some((_, start) => term.every((stem, i) => words[start + i]?.includes(stem)));
}

export function checkGlossary({ source, target, sourceLang }: Pair, glossary: GlossaryEntry[]): CheckResult[] {
  if (!target) return [];
  const misses = new Map<string, { term: string; renderings: string }>();
  const miss = (term: string, renderings: string[]) => misses.set(`"${term}" (${renderings.join(' / ')})`, { term, renderings: renderings.join(' / ') });
  for (const entry of glossary) {
    if (sourceLang === 'en') {
      if (containsEnglishTerm(source, entry.en) && !entry.ar.some((r) => containsArabic(target, r))) miss(entry.en, entry.ar);
    } else {
      const rendering = entry.ar.find((r) => containsArabic(source, r));
      const english = [entry.en, ...(entry.variants ?? [])];
      if (rendering && !english.some((term) => containsEnglishTerm(target, term))) miss(rendering, english);
    }
  }
  // One entry per distinct finding (several Arabic renderings can point at one English term).
  if (misses.size === 0) return [];
  const found = [...misses.values()];
  return [
    result('glossary', `the target does not use the approved rendering of ${list([...misses.keys()])}`, {
      terms: found.map((m) => m.term),
      renderings: found.map((m) => m.renderings),
    }),
  ];
}

const CONTROLS = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** Problems in an Arabic text, as codes: `tatweel`, `mixed-digits`, `repeated:WORD`. */
function arabicTextProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.includes('\u0640')) problems.push('tatweel');
  if (/[0-9]/.test(text) && /[\u0660-\u0669\u06F0-\u06F9]/.test(text)) problems.push('mixed-digits');
  const repeated = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\s+\1(?![\p{L}\p{M}])/u.exec(text.normalize('NFC'));
  if (repeated) problems.push(`repeated:${repeated[1]}`);
  return problems;
}

function describeHygiene(code: string): string {
  if (code.startsWith('source:')) return `the source has ${describeHygiene(code.slice('source:'.length))}`;
  if (code === 'tatweel') return 'tatweel';
  if (code === 'mixed-digits') return 'Latin and Arabic-Indic digits mixed';
  if (code.startsWith('repeated:')) return `"${code.slice('repeated:'.length)}" twice in a row`;
  return `invisible control ${code.slice('control:'.length)}`;
}

export function checkArabicHygiene({ source, target, sourceLang, targetLang }: Pair): CheckResult[] {
  const problems: string[] = [];
  if (targetLang === 'ar' && target) {
    problems.push(...arabicTextProblems(target));
    const sourceControls = new Set(source.match(CONTROLS) ?? []);
    const added = [...new Set(target.match(CONTROLS) ?? [])].filter((c) => !sourceControls.has(c));
    if (added.length > 0) problems.push(`control:${added.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}`);
  }
  if (sourceLang === 'ar') problems.push(...arabicTextProblems(source).map((p) => `source:${p}`));
  if (problems.length === 0) return [];
  return [result('arabic-hygiene', problems.map(describeHygiene).join('; '), { problems })];
}

/**
 * Target length against source length, counting characters other than spaces. The bands come from the first 127
 * segments of the corpus (docs/translation-checks.md): Arabic runs to about 0.81 of its English source (0.62–1.14),
 * English to about 1.26 of its Arabic source. Shorter sources vary too much to judge.
 */
export const lengthBands: Record<Locale, { min: number; max: number }> = {
  // keyed by the source language
  en: { min: 0.5, max: 1.4 },
  ar: { min: 0.7, max: 2.2 },
};
export const lengthRatioMinSource = 40;

export function checkLengthRatio({ source, target, sourceLang }: Pair): CheckResult[] {
  if (!target) return [];
  const s = source.replace(/\s/g, '').length;
  if (s < lengthRatioMinSource) return [];
  const ratio = target.replace(/\s/g, '').length / s;
  const band = lengthBands[sourceLang];
  if (ratio >= band.min && ratio <= band.max) return [];
  const rounded = Math.round(ratio * 100) / 100;
  return [
    result('length-ratio', `the target is ${ratio < band.min ? 'much shorter' : 'much longer'} than expected (${rounded} of the source; usual ${band.min}–${band.max})`, {
      direction: ratio < band.min ? 'shorter' : 'longer',
      ratio: rounded,
      min: band.min,
      max: band.max,
    }),
  ];
}

/** Every check of a single pair (all but `inconsistent`, which needs the corpus). */
export function checkPair(pair: Pair, glossary: GlossaryEntry[]): CheckResult[] {
  return [
    ...checkEmpty(pair),
    ...checkUnchanged(pair),
    ...checkNumbers(pair),
    ...checkEndPunctuation(pair),
    ...checkArabicPunctuation(pair),
    ...checkWhitespace(pair),
    ...checkBrackets(pair),
    ...checkUrls(pair),
    ...checkGlossary(pair, glossary),
    ...checkArabicHygiene(pair),
    ...checkLengthRatio(pair),
  ];
}

/**
 * `inconsistent`: pairs whose normalized source is the same but whose normalized targets differ. Returns, for
 * every pair in such a group (by its key), the finding.
 */
/** The group a segment's translation must agree with: the same normalized source in the same language. */
export function consistencyKey(pair: Pair): { group: string; target: string } | Record<string, never> {
  if (!pair.target || !/\p{L}/u.test(pair.source)) return {};
  return { group: `${pair.sourceLang}|${normForConsistency(pair.source)}`, target: normForConsistency(pair.target) };
}

/** The finding for a segment whose group's members translate the same source in these different ways. */
export function inconsistency(targets: Set<string>): CheckResult | undefined {
  return targets.size < 2 ? undefined : result('inconsistent', `the same source is translated ${targets.size} different ways across the reports`, { variants: targets.size });
}

const normForConsistency = (t: string) => normalizeForChecks(t).trim().replace(/\s+/g, ' ');

export function findInconsistent<K>(pairs: Array<{ key: K; pair: Pair }>): Map<K, CheckResult> {
  const groups = new Map<string, Array<{ key: K; target: string }>>();
  for (const { key, pair } of pairs) {
    const { group, target } = consistencyKey(pair);
    if (group) groups.set(group, [...(groups.get(group) ?? []), { key, target: target! }]);
  }
  const flagged = new Map<K, CheckResult>();
  for (const members of groups.values()) {
    const found = inconsistency(new Set(members.map((m) => m.target)));
    if (found) for (const m of members) flagged.set(m.key, found);
  }
  return flagged;
}
