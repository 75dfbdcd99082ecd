import type { useTranslations } from 'next-intl';
import type { CheckResult } from '@/lib/qa/ids';

type T = ReturnType<typeof useTranslations<'Review'>>;

/** A check's finding in the reader's language, from the codes and values the check returned. */
export function describeCheck(check: CheckResult, t: T, locale: string): string {
  const p = check.params ?? {};
  const list = (items: unknown) => {
    const values = Array.isArray(items) ? items.map(String) : [];
    return values.length === 0 ? t('checkText.none') : new Intl.ListFormat(locale, { type: 'conjunction' }).format(values);
  };
  const codes = (items: unknown) => (Array.isArray(items) ? items.map(String) : []);
  switch (check.id) {
    case 'numbers':
    case 'urls':
      return t(`checkText.${check.id}`, { missing: list(p.missing), extra: list(p.extra) });
    case 'unchanged':
      return t('checkText.unchanged', { reason: String(p.reason ?? 'same') });
    case 'end-punctuation':
      return t('checkText.end-punctuation', {
        source: t(`checkText.punctuation.${String(p.source) as 'none'}`),
        target: t(`checkText.punctuation.${String(p.target) as 'none'}`),
      });
    case 'arabic-punctuation': {
      const marks = codes(p.marks);
      const arabic: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
      return t('checkText.arabic-punctuation', {
        place: String(p.place ?? 'target'),
        count: marks.length,
        marks: marks.map((m) => `\u2066${m}\u2069`).join(' '),
        arabic: marks.map((m) => arabic[m] ?? m).join(' '),
      });
    }
    case 'whitespace':
      return t('checkText.whitespace', { problems: list(codes(p.problems).map((c) => t(`checkText.space.${c as 'double'}`))) });
    case 'brackets':
      return t('checkText.brackets', {
        problems: list(
          codes(p.problems).map((c) => {
            const [kind, char = ''] = c.split(':');
            return t(`checkText.bracket.${kind as 'unclosed'}`, { char });
          }),
        ),
      });
    case 'glossary': {
      // Each term in the interface's quotes, isolated (FSI…PDI) so a Latin term cannot reorder an Arabic sentence.
      const isolate = (text: string) => `\u2068${text}\u2069`;
      const [open, close] = locale === 'ar' ? ['«', '»'] : ['“', '”'];
      const renderings = codes(p.renderings);
      const terms = codes(p.terms).map((term, i) => `${open}${isolate(term)}${close}${renderings[i] ? ` (${isolate(renderings[i])})` : ''}`);
      return t('checkText.glossary', { terms: list(terms) });
    }
    case 'arabic-hygiene': {
      const one = (code: string): string => {
        if (code.startsWith('source:')) return t('checkText.hygiene.source', { problem: one(code.slice(7)) });
        if (code.startsWith('repeated:')) return t('checkText.hygiene.repeated', { word: code.slice(9) });
        if (code.startsWith('control:')) return t('checkText.hygiene.control', { codes: code.slice(8) });
        return t(`checkText.hygiene.${code as 'tatweel'}`);
      };
      return t('checkText.arabic-hygiene', { problems: list(codes(p.problems).map(one)) });
    }
    case 'inconsistent':
      return t('checkText.inconsistent', { variants: Number(p.variants ?? 2) });
    case 'length-ratio':
      return t('checkText.length-ratio', { direction: String(p.direction), ratio: String(p.ratio), min: String(p.min), max: String(p.max) });
    default:
      return t(`checkText.${check.id}`);
  }
}
