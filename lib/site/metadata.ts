import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';
import { localeConfig, locales, otherLocale, type Locale } from '../locales';
import { siteUrl } from './url';

/** The absolute address of a path on the site, from SITE_URL. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).href;
}

/**
 * A page (given without its locale, `/sections/syria`) in each language, and x-default: the address without a
 * locale, which the proxy sends on to the reader's language. The sitemap and the pages' links say the same.
 */
export function languageAlternates(path: string): Record<Locale | 'x-default', string> {
  const each = Object.fromEntries(locales.map((locale) => [locale, absoluteUrl(localePath({ href: path, locale }))]));
  return { ...each, 'x-default': absoluteUrl(path) } as Record<Locale | 'x-default', string>;
}

export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

type PageMetadata = {
  /** The page's address without its locale; also its canonical address. */
  path: string;
  /** Where the language links lead, when not to `path`: a report's paired view links to the same view. */
  alternatesPath?: string;
  title?: string;
  description?: string;
  /** Pages for readers are indexed; the workbench, search results and the like are not. */
  index?: boolean;
  /** For reports: Open Graph type article, with its dates, section and tags. */
  article?: { publishedTime: string; modifiedTime?: string; section?: string; tags?: string[] };
};

/**
 * Every page's canonical and language links, its feed, and Open Graph in the page's language, in one shape. (Next
 * replaces, rather than merges, a layout's `alternates` and `openGraph`, so each page states them all.)
 */
export async function pageMetadata({ path, alternatesPath = path, title, description, index = true, article }: PageMetadata): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('Metadata');
  const tSite = await getTranslations('Site');
  const url = absoluteUrl(localePath({ href: path, locale }));
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    alternates: {
      canonical: url,
      languages: languageAlternates(alternatesPath),
      types: { 'application/rss+xml': [{ url: absoluteUrl(feedPath(locale)), title: t('feedTitle') }] },
    },
    openGraph: {
      ...(article ? { type: 'article', ...article } : { type: 'website' }),
      siteName: tSite('name'),
      url,
      locale: localeConfig[locale].ogLocale,
      alternateLocale: localeConfig[otherLocale(locale)].ogLocale,
      title: title ?? t('title'),
      description: description ?? t('description'),
    },
    twitter: { card: 'summary' },
    ...(index ? {} : { robots: { index: false, follow: true } }),
  };
}
