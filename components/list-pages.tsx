import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getReportsInSection, getSection, getTags, tagName } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/site/metadata';
import { pageCount } from '@/lib/site/pagination';
import { pagePath, sectionPath, tagPath } from '@/lib/site/paths';
import { ReportListPage } from './report-list-page';

// The section and tag pages, page 1 and the later pages alike.

export async function sectionMetadata(id: string, page: number): Promise<Metadata> {
  const locale = await getLocale();
  const section = getSection(id);
  if (!section) return {};
  return pageMetadata({ path: pagePath(sectionPath(id), page), title: section.name[locale] });
}

export async function SectionList({ id, page }: { id: string; page: number }) {
  const locale = await getLocale();
  const section = getSection(id);
  const reports = getReportsInSection(id);
  if (!section || page > pageCount(reports.length)) notFound();
  return <ReportListPage title={section.name[locale]} titleLang={locale} base={sectionPath(id)} reports={reports} page={page} currentSection={id} />;
}

export async function tagMetadata(tag: string, page: number): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations('Tag');
  if (!getTags().has(tag)) return {};
  return pageMetadata({ path: pagePath(tagPath(tag), page), title: t('title', { tag: tagName(tag, locale).text }) });
}

export async function TagList({ tag, page }: { tag: string; page: number }) {
  const locale = await getLocale();
  const reports = getTags().get(tag);
  if (!reports || page > pageCount(reports.length)) notFound();
  const name = tagName(tag, locale);
  return <ReportListPage title={name.text} titleLang={name.lang} base={tagPath(tag)} reports={reports} page={page} />;
}
