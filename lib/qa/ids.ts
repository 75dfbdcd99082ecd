// The checks' ids and severities: a public interface (`npm run qa`, the API, editors' CI scripts), and all that the
// browser needs to know about the checks.

export const checkIds = [
  'empty',
  'unchanged',
  'numbers',
  'end-punctuation',
  'arabic-punctuation',
  'whitespace',
  'brackets',
  'urls',
  'glossary',
  'arabic-hygiene',
  'inconsistent',
  'length-ratio',
] as const;
export type CheckId = (typeof checkIds)[number];
export type Severity = 'error' | 'warning';

export const severityOf: Record<CheckId, Severity> = {
  empty: 'error',
  unchanged: 'warning',
  numbers: 'error',
  'end-punctuation': 'warning',
  'arabic-punctuation': 'warning',
  whitespace: 'warning',
  brackets: 'warning',
  urls: 'error',
  glossary: 'warning',
  'arabic-hygiene': 'warning',
  inconsistent: 'warning',
  'length-ratio': 'warning',
};

/**
 * A finding: what is wrong in English (for the CLI and the API), and the same facts as codes and values (`params`),
 * from which the workbench writes the message in the reader's language.
 */
export type CheckResult = {
  id: CheckId;
  severity: Severity;
  message: string;
  params?: Record<string, string | number | string[]>;
};
