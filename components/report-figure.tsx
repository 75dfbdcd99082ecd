import { getTranslations } from 'next-intl/server';
import { shownText, type Report } from '@/lib/content/queries';
import { langAttrs, otherLocale, type Locale } from '@/lib/locales';

type Props = { report: Report; locale: Locale; paired: boolean };

/** The report's image with its caption and credit; in the paired views the caption is shown in both languages. */
export async function ReportFigure({ report, locale, paired }: Props) {
  const t = await getTranslations('Report');
  const image = report.image;
  if (!image) return null;
  const original = report.originalLanguage;
  const alt = shownText(image.alt, locale, original)!;
  const caption = shownText(image.caption, locale, original);
  const credit = shownText(image.credit, locale, original);
  const other = otherLocale(locale);
  const otherCaption = paired ? image.caption?.[other] : undefined;
  return (
    <figure className="my-6 max-w-[42rem] space-y-2">
      {/* Plain <img>: the illustrations are SVG, which the image optimiser does not resize, and this keeps the
          page free of client JavaScript. Width and height reserve the space, so nothing shifts. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={image.src}
        width={image.width}
        height={image.height}
        alt={alt.text}
        {...langAttrs(alt.lang, locale)}
        decoding="async"
        className="h-auto w-full rounded border border-line bg-surface"
      />
      {(caption || credit) && (
        <figcaption className="space-y-1 font-ui text-caption leading-ui text-muted">
          {caption && <span {...langAttrs(caption.lang, locale)} className="block">{caption.text}</span>}
          {otherCaption && <span {...langAttrs(other, locale)} className="block">{otherCaption}</span>}
          {credit && (
            <span className="block">
              {t('imageCredit')}: <span {...langAttrs(credit.lang, locale)}>{credit.text}</span>
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
