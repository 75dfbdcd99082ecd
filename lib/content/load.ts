import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { locales, type Locale } from '../locales';
import {
  GlossarySchema,
  ReportSchema,
  SectionsSchema,
  TagsSchema,
  type GlossaryEntry,
  type ReportInput,
  type Section,
  type Tag,
} from './schema';

export type Report = ReportInput & {
  /** Which languages still lack some text (never the original language). */
  pending: Record<Locale, boolean>;
};

export type Content = {
  dir: string;
  sections: Section[];
  tags: Tag[];
  glossary: GlossaryEntry[];
  /** Newest first. */
  reports: Report[];
};

export type ContentProblem = {
  file: string;
  path: string;
  message: string;
  /** zod's own message in Arabic; the checks' own messages are put in Arabic by problems-ar.ts. */
  ar?: string;
};

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

/** `['blocks', 2, 'ar']` → `$.blocks[2].ar` */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : /^[A-Za-z_$][\w$]*$/.test(String(s)) ? `${acc}.${String(s)}` : `${acc}[${JSON.stringify(String(s))}]`),
    '$',
  );
}

// The content directory is chosen at run time (CONTENT_DIR), so the bundler must not try to trace it.
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'content');
}

function displayName(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1) ?? '').length + 1}`;
}

/** "PropertyNameExpected" → "property name expected" */
function describeJsonError(error: ParseError): string {
  return printParseErrorCode(error.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
}

type Parsed<T> = { ok: true; value: T } | { ok: false };

function readJson(file: string, problems: ContentProblem[], optional = false): Parsed<unknown> | undefined {
  const name = displayName(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    problems.push({ file: name, path: '$', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    return { ok: false };
  }
  // JSON.parse does not say where the error is (on Node 20), so locate it with a strict parser.
  const errors: ParseError[] = [];
  const value: unknown = parseJson(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  if (first) {
    problems.push({ file: name, path: '$', message: `is not valid JSON at ${lineAndColumn(text, first.offset)}: ${describeJsonError(first)}` });
    return { ok: false };
  }
  return { ok: true, value };
}

const arabicZod = z.locales.ar().localeError;

function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: ContentProblem[]): Parsed<z.infer<S>> {
  // A missing field reads better as "is required" than as zod's "expected string, received undefined".
  const result = schema.safeParse(data, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined),
  });
  if (result.success) return { ok: true, value: result.data };
  // The same check again, for the messages in Arabic (only a file that failed pays for it).
  const arabic = schema.safeParse(data, { error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : arabicZod(issue)) });
  result.error.issues.forEach((issue, i) => {
    const ar = arabic.error?.issues[i]?.message;
    problems.push({ file: displayName(file), path: jsonPath(issue.path), message: issue.message, ...(ar && ar !== issue.message ? { ar } : {}) });
  });
  return { ok: false };
}

function pendingLanguages(report: ReportInput): Record<Locale, boolean> {
  const texts: Array<Partial<Record<Locale, string>> | undefined> = [
    report.headline,
    report.standfirst,
    report.image?.alt,
    report.image?.caption,
    ...report.blocks,
  ];
  const pending = { en: false, ar: false };
  for (const locale of locales) {
    if (locale === report.originalLanguage) continue;
    pending[locale] = texts.some((t) => t !== undefined && !t[locale]);
  }
  return pending;
}

/** The sections file: its entries, or undefined (with problems) when it is missing or invalid. */
export function readSections(file: string, problems: ContentProblem[]): Section[] | undefined {
  const json = readJson(file, problems);
  if (!json?.ok) return undefined;
  const before = problems.length;
  const sections = validate(SectionsSchema, json.value, file, problems);
  if (Array.isArray(json.value)) {
    const ids = new Set<unknown>();
    json.value.forEach((section: { id?: unknown } | null, i) => {
      const id = section?.id;
      if (typeof id === 'string' && ids.has(id)) {
        problems.push({ file: displayName(file), path: jsonPath([i, 'id']), message: `duplicate section id "${id}"` });
      }
      ids.add(id);
    });
  }
  return sections.ok && problems.length === before ? sections.value : undefined;
}

/** An optional list file (tags.json, glossary.json): [] when absent, undefined (with problems) when invalid. */
export function readOptionalList<T>(schema: z.ZodType<T[]>, file: string, problems: ContentProblem[]): T[] | undefined {
  const json = readJson(file, problems, true);
  if (json === undefined) return [];
  if (!json.ok) return undefined;
  const parsed = validate(schema, json.value, file, problems);
  return parsed.ok ? parsed.value : undefined;
}

/** /{locale}/review/{slug} is a report's workbench, except for these pages of the review desk. */
export const reservedSlugs = ['sign-in', 'content-status'];

const publicDir = path.resolve(/*turbopackIgnore: true*/ 'public');

/**
 * One report file, checked against the contract and against its own name and files. Whether its section exists is
 * checked against sections.json separately (sectionProblem), since that file can change on its own.
 */
export function readReportFile(file: string, problems: ContentProblem[]): Report | undefined {
  const json = readJson(file, problems);
  if (!json?.ok) return undefined;
  const parsed = validate(ReportSchema, json.value, file, problems);
  if (!parsed.ok) return undefined;
  const report = parsed.value;
  const before = problems.length;
  const expected = path.basename(file, '.json');
  if (report.slug !== expected) {
    problems.push({ file: displayName(file), path: '$.slug', message: `"${report.slug}" must equal the file name "${expected}"` });
  }
  if (reservedSlugs.includes(report.slug)) {
    problems.push({ file: displayName(file), path: '$.slug', message: `"${report.slug}" is the address of a review page: choose another slug` });
  }
  if (report.image && !fs.existsSync(path.join(/*turbopackIgnore: true*/ publicDir, report.image.src))) {
    problems.push({ file: displayName(file), path: '$.image.src', message: `${report.image.src} does not exist under public/` });
  }
  return problems.length === before ? { ...report, pending: pendingLanguages(report) } : undefined;
}

export function sectionProblem(report: Report, file: string, sections: readonly Section[]): ContentProblem | undefined {
  return sections.some((s) => s.id === report.section)
    ? undefined
    : { file: displayName(file), path: '$.section', message: `"${report.section}" is not an id in sections.json` };
}

export function newestFirst(a: Report, b: Report): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug);
}

/** The files of a content directory. */
export function contentFiles(dir: string) {
  const at = (...parts: string[]) => path.join(/*turbopackIgnore: true*/ dir, ...parts);
  return { sections: at('sections.json'), tags: at('tags.json'), glossary: at('glossary.json'), reports: at('reports') };
}

/** A report file's name: `slug.json`; hidden files (a tool's temporary copy) are not reports. */
export const isReportFileName = (name: string) => name.endsWith('.json') && !name.startsWith('.');

/** The report files' names (`slug.json`), sorted; undefined (with a problem) when the folder is missing. */
export function reportFileNames(reportsDir: string, problems: ContentProblem[]): string[] | undefined {
  try {
    return fs.readdirSync(reportsDir).filter(isReportFileName).sort();
  } catch {
    problems.push({ file: displayName(reportsDir), path: '$', message: 'is missing: put one JSON file per report in it' });
    return undefined;
  }
}

export function isContentDir(dir: string): ContentProblem | undefined {
  return fs.existsSync(dir) && fs.statSync(dir).isDirectory()
    ? undefined
    : { file: displayName(dir), path: '$', message: 'is not a directory (set CONTENT_DIR to a content directory)' };
}

/**
 * Reads and validates a whole content directory, all or nothing, as `npm run content:check` and `next build` need.
 * Never throws: every problem is collected, so an editor sees all of them at once. (The running server keeps
 * serving what is valid instead: see store.ts.)
 */
export function readContent(dir: string = contentDir()): { content?: Content; problems: ContentProblem[] } {
  const notDir = isContentDir(dir);
  if (notDir) return { problems: [notDir] };
  const problems: ContentProblem[] = [];
  const files = contentFiles(dir);
  const sections = readSections(files.sections, problems);
  const tags = readOptionalList(TagsSchema, files.tags, problems);
  const glossary = readOptionalList(GlossarySchema, files.glossary, problems);
  const reports: Report[] = [];
  for (const name of reportFileNames(files.reports, problems) ?? []) {
    const file = path.join(/*turbopackIgnore: true*/ files.reports, name);
    const report = readReportFile(file, problems);
    const misplaced = report && sections && sectionProblem(report, file, sections);
    if (misplaced) problems.push(misplaced);
    else if (report) reports.push(report);
  }
  if (problems.length > 0 || !sections) return { problems };
  return { content: { dir, sections, tags: tags ?? [], glossary: glossary ?? [], reports: reports.sort(newestFirst) }, problems };
}
