import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { SearchResults } from '@/components/search/search-results';
import { localePath } from '@/i18n/routing';
import { otherLocale } from '@/lib/locales';
import { searchContent } from '@/lib/search/query';
import { pageMetadata } from '@/lib/site/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Search');
  return pageMetadata({ path: '/search', title: t('title'), index: false });
}

/**
 * Search, rendered on the server from ?q= (so it works without JavaScript); in the browser, typing in the header's
 * search box updates the results as you type.
 */
export default async function SearchPage({ searchParams }: PageProps<'/[locale]/search'>) {
  const locale = await getLocale();
  const t = await getTranslations('Search');
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  const valid = query.length > 0 && query.length <= 200;
  const initial = valid ? searchContent(query, locale) : null;
  const here = `/search${query ? `?q=${encodeURIComponent(query)}` : ''}`;
  return (
    <PageShell alternateHref={localePath({ href: here, locale: otherLocale(locale) })} searchQuery={query}>
      <h1 className="mb-4 text-h1 font-bold">{t('title')}</h1>
      <SearchResults initialQuery={query} initial={initial} />
    </PageShell>
  );
}
