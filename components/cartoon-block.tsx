import { getLocale, getTranslations } from 'next-intl/server';
import { getReportsInSection, shownText } from '@/lib/content/queries';
import { langAttrs } from '@/lib/locales';
import { reportPath, sectionPath } from '@/lib/site/paths';
import { PageLink } from './page-link';

/** The latest cartoon on the front page, with its caption, linked to its report and to the section. */
export async function CartoonBlock() {
  const locale = await getLocale();
  const t = await getTranslations('Front');
  const cartoon = getReportsInSection('caricature').find((r) => r.kind === 'caricature' && r.image);
  if (!cartoon?.image) return null;
  const original = cartoon.originalLanguage;
  const headline = shownText(cartoon.headline, locale, original)!;
  const alt = shownText(cartoon.image.alt, locale, original)!;
  const caption = shownText(cartoon.image.caption, locale, original);
  return (
    <section aria-labelledby="jisr-cartoon" className="border-t-4 border-ink pt-2" data-testid="cartoon">
      <h2 id="jisr-cartoon" className="mb-2 font-ui text-sm font-bold tracking-label uppercase">
        <PageLink href={sectionPath('caricature')} className="inline-flex min-h-11 items-center text-ink no-underline hover:underline">
          {t('cartoon')}
        </PageLink>
      </h2>
      <figure className="grid items-start gap-4 md:grid-cols-[3fr_2fr]">
        {/* eslint-disable-next-line @next/next/no-img-element -- SVG, sized by its attributes so nothing shifts */}
        <img
          src={cartoon.image.src}
          width={cartoon.image.width}
          height={cartoon.image.height}
          alt={alt.text}
          {...langAttrs(alt.lang, locale)}
          loading="lazy"
          decoding="async"
          className="h-auto w-full rounded border border-line bg-surface"
        />
        <figcaption className="space-y-2">
          <p {...langAttrs(headline.lang, locale)} className="text-h3 font-semibold">
            <PageLink href={reportPath(cartoon.slug)} className="tap-target text-ink no-underline hover:underline">
              {headline.text}
            </PageLink>
          </p>
          {caption && (
            <p {...langAttrs(caption.lang, locale)} className="text-body text-muted">
              {caption.text}
            </p>
          )}
          <p className="font-ui text-sm">
            <PageLink href={sectionPath('caricature')} className="inline-flex min-h-11 items-center">
              {t('moreCartoons')}
            </PageLink>
          </p>
        </figcaption>
      </figure>
    </section>
  );
}
