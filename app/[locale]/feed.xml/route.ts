import { Feed } from 'feed';
import { getTranslations } from 'next-intl/server';
import { localePath, routing } from '@/i18n/routing';
import { getReports, getSection, tagName } from '@/lib/content/queries';
import { isLocale } from '@/lib/locales';
import { absoluteUrl, feedPath } from '@/lib/site/metadata';
import { publicFileBytes } from '@/lib/site/public-file';
import { reportPath } from '@/lib/site/paths';

// Built with the site and refreshed with the reports' pages.
export const dynamic = 'force-static';
export const revalidate = 300;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

const items = 50;

/**
 * RSS 2.0 in one language: the newest reports whose headline exists in it (a report joins the Arabic feed once its
 * headline is translated, rather than appearing there in English).
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const tSite = await getTranslations({ locale, namespace: 'Site' });
  const reports = getReports()
    .filter((r) => r.headline[locale])
    .slice(0, items);
  const home = absoluteUrl(localePath({ href: '/', locale }));
  const feed = new Feed({
    id: home,
    link: home,
    title: t('feedTitle'),
    description: t('description'),
    language: locale,
    updated: new Date(Math.max(...reports.map((r) => Date.parse(r.updatedAt ?? r.publishedAt)))),
    feedLinks: { rss: absoluteUrl(feedPath(locale)) },
    copyright: tSite('name'),
    ttl: 15,
  });
  for (const report of reports) {
    const link = absoluteUrl(localePath({ href: reportPath(report.slug), locale }));
    feed.addItem({
      title: report.headline[locale]!,
      link,
      description: report.standfirst?.[locale],
      date: new Date(report.publishedAt),
      category: [
        { name: getSection(report.section)?.name[locale] },
        ...(report.tags ?? []).map((tag) => ({ name: tagName(tag, locale).text })),
      ],
      image: report.image ? enclosure(report.image.src) : undefined,
    });
  }
  return new Response(feed.rss2(), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}

/** RSS wants an enclosure's size and media type. */
function enclosure(src: string) {
  const extension = src.split('.').pop();
  const type = extension === 'svg' ? 'image/svg+xml' : extension === 'jpg' ? 'image/jpeg' : `image/${extension}`;
  return { url: absoluteUrl(src), type, length: publicFileBytes(src) };
}
