import type { MetadataRoute } from 'next';
import { localePath } from '@/i18n/routing';
import { getReports, getReportsInSection, getSections, getTags, type Report } from '@/lib/content/queries';
import { locales } from '@/lib/locales';
import { absoluteUrl, languageAlternates } from '@/lib/site/metadata';
import { pageCount } from '@/lib/site/pagination';
import { pagePath, reportPath, sectionPath, tagPath } from '@/lib/site/paths';

export const revalidate = 300;

const changed = (report: Report) => new Date(report.updatedAt ?? report.publishedAt);
// A section with no report yet (or an empty archive) has no date to give.
const newest = (reports: Report[]) => (reports.length > 0 ? new Date(Math.max(...reports.map((r) => changed(r).getTime()))) : undefined);

/**
 * Every page a reader can land on, in both languages, each with its hreflang alternates and x-default. (The review
 * workbench, search results and newsletter pages are not for search engines.)
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const reports = getReports();
  const lists = (base: string, listed: Report[]) =>
    Array.from({ length: pageCount(listed.length) }, (_, i) => ({ path: pagePath(base, i + 1), modified: newest(listed) }));
  const pages = [
    { path: '/', modified: newest(reports) },
    { path: '/popular', modified: undefined },
    ...getSections().flatMap((s) => lists(sectionPath(s.id), getReportsInSection(s.id))),
    ...[...getTags()].flatMap(([tag, tagged]) => lists(tagPath(tag), tagged)),
    ...reports.map((r) => ({ path: reportPath(r.slug), modified: changed(r) })),
  ];
  return pages.flatMap(({ path, modified }) =>
    locales.map((locale) => ({
      url: absoluteUrl(localePath({ href: path, locale })),
      lastModified: modified,
      alternates: { languages: languageAlternates(path) },
    })),
  );
}
