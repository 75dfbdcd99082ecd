import type { Locale } from '../locales';
import { loadContent, reportBySlug } from './store';
import type { Report } from './load';
import type { Text } from './schema';

export type { Report } from './load';

export function getReports(): Report[] {
  return loadContent().reports;
}

export function getReport(slug: string): Report | undefined {
  return reportBySlug(loadContent(), slug);
}

/** The front page's lead: the newest full report (briefs and cartoons do not lead), else simply the newest. */
export function getLeadReport(): Report | undefined {
  const reports = getReports();
  return reports.find((r) => r.kind === 'report') ?? reports[0];
}

/** Whether a report's kind is worth a label beside its section: not the plain report, nor a cartoon among cartoons. */
export function kindLabelled(report: Report): boolean {
  return report.kind !== 'report' && !(report.kind === 'caricature' && report.section === 'caricature');
}

export function getSections() {
  return loadContent().sections;
}

export function getSection(id: string) {
  return getSections().find((s) => s.id === id);
}

export function getReportsInSection(id: string): Report[] {
  return getReports().filter((r) => r.section === id);
}

/** Every tag some report uses, with its reports newest first. */
export function getTags(): Map<string, Report[]> {
  const tags = new Map<string, Report[]>();
  for (const report of getReports()) for (const tag of report.tags ?? []) tags.set(tag, [...(tags.get(tag) ?? []), report]);
  return tags;
}

/** Every report of the same story, oldest first (a timeline), the given one included. */
export function getStoryReports(report: Report): Report[] {
  if (!report.story) return [report];
  return getReports()
    .filter((r) => r.story === report.story)
    .sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
}

export function tagName(id: string, locale: Locale): { text: string; lang: Locale } {
  const tag = loadContent().tags.find((t) => t.id === id);
  // A tag missing from tags.json is shown as its id, which is Latin text.
  return tag ? { text: tag.name[locale], lang: locale } : { text: id, lang: 'en' };
}

export type Shown = { text: string; lang: Locale; pending: boolean };

/**
 * The text a reader of `locale` sees: the translation when there is one, otherwise the original, marked pending.
 * Returns undefined when the text does not exist at all.
 */
export function shownText(text: Text | undefined, locale: Locale, original: Locale): Shown | undefined {
  if (!text) return undefined;
  const own = text[locale];
  if (own) return { text: own, lang: locale, pending: false };
  const fallback = text[original];
  return fallback ? { text: fallback, lang: original, pending: locale !== original } : undefined;
}
