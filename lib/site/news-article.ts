import { getSection, shownText, tagName, type Report } from '../content/queries';
import { locales, type Locale } from '../locales';
import { absoluteUrl, languageAlternates } from './metadata';
import { reportPath } from './paths';

/** A language version exists once its headline is translated; until then that page shows the original. */
function hasVersion(report: Report, locale: Locale): boolean {
  return locale === report.originalLanguage || Boolean(report.headline[locale]);
}

function versionUrl(report: Report, locale: Locale): string {
  return languageAlternates(reportPath(report.slug))[locale];
}

function versionRef(report: Report, locale: Locale) {
  const url = versionUrl(report, locale);
  return { '@type': 'NewsArticle', '@id': url, url, inLanguage: locale };
}

/**
 * schema.org NewsArticle for a report as read in `locale`: its language, and the link between the original and
 * its translation (translationOfWork on the translation, workTranslation on the original).
 */
export function newsArticle(report: Report, locale: Locale, siteName: string) {
  const original = report.originalLanguage;
  const language = hasVersion(report, locale) ? locale : original;
  const url = versionUrl(report, locale);
  const text = (value: Report['byline']) => shownText(value, language, original)?.text;
  const translations = locales.filter((l) => l !== original && hasVersion(report, l));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    inLanguage: language,
    headline: text(report.headline),
    description: text(report.standfirst),
    datePublished: report.publishedAt,
    dateModified: report.updatedAt ?? report.publishedAt,
    articleSection: getSection(report.section)?.name[language],
    keywords: report.tags?.map((tag) => tagName(tag, language).text),
    image: report.image ? absoluteUrl(report.image.src) : undefined,
    author: report.byline ? { '@type': 'Organization', name: text(report.byline) } : { '@type': 'Organization', name: siteName },
    publisher: { '@type': 'NewsMediaOrganization', name: siteName, url: absoluteUrl('/') },
    isBasedOn: report.source ? { '@type': 'CreativeWork', name: text(report.source.name), url: report.source.url } : undefined,
    ...(language === original
      ? translations.length > 0 && { workTranslation: translations.map((l) => versionRef(report, l)) }
      : { translationOfWork: versionRef(report, original) }),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so that no text in it can close the script. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
