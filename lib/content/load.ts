import fs from 'node:fs';
import path from 'node:path';
import { parse as parseJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
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

export type ContentProblem = { file: string; path: string; message: string };

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

function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: ContentProblem[]): Parsed<z.infer<S>> {
  // A missing field reads better as "is required" than as zod's "expected string, received undefined".
  const result = schema.safeParse(data, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined),
  });
  if (result.success) return { ok: true, value: result.data };
  for (const issue of result.error.issues) {
    problems.push({ file: displayName(file), path: jsonPath(issue.path), message: issue.message });
  }
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

/**
 * Reads and validates a whole content directory. Never throws: every problem is collected, so an editor sees all of
 * them at once.
 */
export function readContent(dir: string = contentDir()): { content?: Content; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const at = (...parts: string[]) => path.join(/*turbopackIgnore: true*/ dir, ...parts);

  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return { problems: [{ file: displayName(dir), path: '$', message: 'is not a directory (set CONTENT_DIR to a content directory)' }] };
  }

  const sectionsFile = at('sections.json');
  const sectionsJson = readJson(sectionsFile, problems);
  const sections = sectionsJson?.ok ? validate(SectionsSchema, sectionsJson.value, sectionsFile, problems) : { ok: false as const };
  if (sectionsJson?.ok && Array.isArray(sectionsJson.value)) {
    const ids = new Set<unknown>();
    sectionsJson.value.forEach((section: { id?: unknown } | null, i) => {
      const id = section?.id;
      if (typeof id === 'string' && ids.has(id)) {
        problems.push({ file: displayName(sectionsFile), path: jsonPath([i, 'id']), message: `duplicate section id "${id}"` });
      }
      ids.add(id);
    });
  }

  const tagsFile = at('tags.json');
  const tagsJson = readJson(tagsFile, problems, true);
  const tags = tagsJson?.ok ? validate(TagsSchema, tagsJson.value, tagsFile, problems) : undefined;

  const glossaryFile = at('glossary.json');
  const glossaryJson = readJson(glossaryFile, problems, true);
  const glossary = glossaryJson?.ok ? validate(GlossarySchema, glossaryJson.value, glossaryFile, problems) : undefined;

  const reportsDir = at('reports');
  let files: string[] = [];
  try {
    files = fs.readdirSync(reportsDir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    problems.push({ file: displayName(reportsDir), path: '$', message: 'is missing: put one JSON file per report in it' });
  }

  const sectionIds = new Set(sections.ok ? sections.value.map((s) => s.id) : []);
  const publicDir = path.resolve(/*turbopackIgnore: true*/ 'public');
  const reports: Report[] = [];
  for (const name of files) {
    const file = path.join(/*turbopackIgnore: true*/ reportsDir, name);
    const json = readJson(file, problems);
    if (!json?.ok) continue;
    const parsed = validate(ReportSchema, json.value, file, problems);
    if (!parsed.ok) continue;
    const report = parsed.value;
    const before = problems.length;
    const expected = name.slice(0, -'.json'.length);
    if (report.slug !== expected) {
      problems.push({ file: displayName(file), path: '$.slug', message: `"${report.slug}" must equal the file name "${expected}"` });
    }
    if (sections.ok && !sectionIds.has(report.section)) {
      problems.push({ file: displayName(file), path: '$.section', message: `"${report.section}" is not an id in sections.json` });
    }
    if (report.image && !fs.existsSync(path.join(/*turbopackIgnore: true*/ publicDir, report.image.src))) {
      problems.push({ file: displayName(file), path: '$.image.src', message: `${report.image.src} does not exist under public/` });
    }
    if (problems.length === before) reports.push({ ...report, pending: pendingLanguages(report) });
  }

  if (problems.length > 0 || !sections.ok) return { problems };
  reports.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug));
  return {
    content: {
      dir,
      sections: sections.value,
      tags: tags?.ok ? tags.value : [],
      glossary: glossary?.ok ? glossary.value : [],
      reports,
    },
    problems,
  };
}

let cached: { dir: string; content: Content } | undefined;

/**
 * The validated content for the app. Throws a ContentError naming every problem, which fails `next build`.
 * Cached per process in production; re-read on every call in development so edits show up at once.
 */
export function loadContent(): Content {
  const dir = contentDir();
  if (cached && cached.dir === dir && process.env.NODE_ENV === 'production') return cached.content;
  const { content, problems } = readContent(dir);
  if (!content) throw new ContentError(problems);
  cached = { dir, content };
  return content;
}
