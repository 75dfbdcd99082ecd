import { getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';
import { getReports, getSection, shownText, type Report } from '../content/queries';
import type { Text } from '../content/schema';
import { formatDate, formatNumber } from '../format';
import { dirOf, localeConfig, otherLocale, type Locale } from '../locales';
import { absoluteUrl } from '../site/metadata';
import { publicFileBytes } from '../site/public-file';
import { passagesOf, translationOf, type Translation } from '../reading/passages';
import { liteHref, reportPath } from '../site/paths';
import { html, toString, trustedMarkup, type Html } from './html';
import { liteStyle } from './style';

// The lite edition (/{locale}/lite): the same reports as small, script-free HTML for slow and costly connections.

export const litePath = (locale: Locale, href = '/') => localePath({ href: liteHref(href), locale });

/** lang and dir for a passage, only when it differs from the page's language. */
const langOf = (lang: Locale, page: Locale) => (lang === page ? html`` : html` lang="${lang}" dir="${dirOf(lang)}"`);

/** `full` is the same page in the full edition, without the locale. */
type Shell = { locale: Locale; title: string; full: string; otherHref: string; body: Html };

async function page({ locale, title, full, otherHref, body }: Shell): Promise<string> {
  const t = await getTranslations({ locale });
  const other = otherLocale(locale);
  const fullHref = localePath({ href: full, locale });
  // The full edition's page is the canonical one.
  return `<!doctype html>${toString(html`<html lang="${locale}" dir="${dirOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><meta name="description" content="${t('Lite.tagline')}"><link rel="canonical" href="${absoluteUrl(fullHref)}"><link rel="icon" href="data:,"><style>${trustedMarkup(liteStyle)}</style></head><body><header><a class="name" href="${litePath(locale)}" aria-label="${t('Lite.home')}">${t('Lite.name')}</a><a href="${otherHref}" lang="${other}" dir="${dirOf(other)}" hreflang="${other}">${localeConfig[other].nativeName}</a><a href="${fullHref}">${t('Lite.fullEdition')}</a></header><main>${body}</main><footer><p>${t('Lite.tagline')}</p></footer></body></html>`)}`;
}

/** Section, time and, while the translation is pending, a mark: the same line in the list and on the report. */
function metaLine(report: Report, locale: Locale, pendingBadge: string): Html {
  return html`<p class="meta">${getSection(report.section)?.name[locale]} · <time datetime="${report.publishedAt}">${formatDate(report.publishedAt, 'published', locale)}</time>${report.pending[locale] && html` · <span class="pending">${pendingBadge}</span>`}</p>`;
}

/** The list of reports. */
export async function liteFront(locale: Locale): Promise<string> {
  const t = await getTranslations({ locale });
  const items = getReports()
    .slice(0, 30)
    .map((report) => {
      const headline = shownText(report.headline, locale, report.originalLanguage)!;
      const standfirst = shownText(report.standfirst, locale, report.originalLanguage);
      return html`<li><a href="${litePath(locale, reportPath(report.slug))}"${langOf(headline.lang, locale)}>${headline.text}</a>${standfirst && html`<p${langOf(standfirst.lang, locale)}>${standfirst.text}</p>`}${metaLine(report, locale, t('Report.pendingBadge'))}</li>`;
    });
  return page({
    locale,
    title: t('Lite.name'),
    full: '/',
    otherHref: litePath(otherLocale(locale)),
    body: html`<h1>${t('Lite.latest')}</h1><ol>${items}</ol>`,
  });
}

/** One report, each passage followed by its translation behind <details>. */
export async function liteReport(locale: Locale, report: Report): Promise<string> {
  const t = await getTranslations({ locale });
  const original = report.originalLanguage;
  const other = otherLocale(locale);
  const shown = (text: Text | undefined) => shownText(text, locale, original);
  /** The passage in the other language behind <details>, when there is one to reveal. */
  const reveal = (translation: Translation | undefined) =>
    translation
      ? html`<details><summary>${t('Report.inLanguage', { language: translation.lang })}</summary><p lang="${translation.lang}" dir="${dirOf(translation.lang)}">${translation.text}</p></details>`
      : html``;
  const translation = (text: Text | undefined) => reveal(translationOf(text, locale, original));
  const headline = shown(report.headline)!;
  const standfirst = shown(report.standfirst);
  const blocks = passagesOf(report, locale).map(({ block, shown: text, translation: revealed, cite }) => {
    const attrs = langOf(text.lang, locale);
    const body =
      block.type === 'heading'
        ? html`<h2${attrs}>${text.text}</h2>`
        : block.type === 'quote'
          ? html`<blockquote${attrs}><p>${text.text}</p>${cite && html`<p class="meta"${langOf(cite.lang, text.lang)}>${cite.text}</p>`}</blockquote>`
          : html`<p${attrs}>${text.text}</p>`;
    return html`${body}${reveal(revealed)}`;
  });
  const image = report.image;
  const alt = image && shown(image.alt);
  return page({
    locale,
    title: headline.text,
    full: reportPath(report.slug),
    otherHref: litePath(other, reportPath(report.slug)),
    body: html`<article>${metaLine(report, locale, t('Report.pendingBadge'))}<h1${langOf(headline.lang, locale)}>${headline.text}</h1>${translation(report.headline)}${standfirst && html`<p class="standfirst"${langOf(standfirst.lang, locale)}>${standfirst.text}</p>`}${image && alt && html`<p><a href="${image.src}">${t('Lite.image', { size: formatNumber(Math.max(1, Math.round(publicFileBytes(image.src) / 1024)), locale), alt: alt.text })}</a></p>`}${blocks}<p><a href="${localePath({ href: reportPath(report.slug), locale })}">${t('Lite.readFull')}</a></p></article>`,
  });
}
