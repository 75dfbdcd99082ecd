import { getTranslations } from 'next-intl/server';
import type { Block } from '@/lib/content/schema';
import { shownText, type Report } from '@/lib/content/queries';
import { langAttrs, localeConfig, otherLocale, type Locale } from '@/lib/locales';
import { cellsOf, passagesOf, type Cell } from '@/lib/reading/passages';
import type { PairedView } from '@/lib/site/views';

type BlockTextProps = {
  block: Block;
  text: string;
  lang: Locale;
  pageLocale: Locale;
  original: Locale;
  /** The paired (second-language) copy: quieter, and its headings are not part of the page outline. */
  secondary?: boolean;
  id?: string;
};

/** One block's text as its type wants it: paragraph, sub-heading or quote (with its attribution). */
function BlockText({ block, text, lang, pageLocale, original, secondary = false, id }: BlockTextProps) {
  // The listen button reads the passages in the page's language (lib/reading/listen-script.ts).
  const speak = !secondary && lang === pageLocale ? '' : undefined;
  const attrs = { ...langAttrs(lang, pageLocale), id, 'data-block': id ? block.id : undefined, 'data-speak': block.type === 'quote' ? undefined : speak };
  if (block.type === 'heading') {
    const Heading = secondary ? 'p' : 'h2';
    return (
      <Heading {...attrs} className="pt-4 text-h2 font-bold">
        {text}
      </Heading>
    );
  }
  if (block.type === 'quote') {
    const cite = shownText(block.cite, lang, original);
    return (
      <blockquote {...attrs} className="my-2 border-s-4 border-brand ps-4">
        <p className="text-lead font-semibold" data-speak={speak}>
          {text}
        </p>
        {cite && (
          <footer className="mt-1 font-ui text-sm leading-ui text-muted">
            — <span {...langAttrs(cite.lang, lang)}>{cite.text}</span>
          </footer>
        )}
      </blockquote>
    );
  }
  return (
    <p {...attrs} className="text-body">
      {text}
    </p>
  );
}

/** The report in the page's language; passages still awaiting translation appear in the original, labelled. */
export async function SingleBody({ report, locale }: { report: Report; locale: Locale }) {
  const t = await getTranslations('Report');
  return (
    <div className="max-w-[42rem] space-y-5">
      {passagesOf(report, locale).map(({ block, shown, translation }) => {
        const props = { block, pageLocale: locale, original: report.originalLanguage };
        if (!shown.pending) {
          if (!translation) return <BlockText key={block.id} {...props} text={shown.text} lang={shown.lang} id={block.id} />;
          // Tap to reveal the passage in the other language, in place: <details> needs no script.
          return (
            <div key={block.id} id={block.id} data-block={block.id}>
              <BlockText {...props} text={shown.text} lang={shown.lang} />
              <details className="group mt-1" data-reveal>
                <summary className="inline-flex min-h-11 cursor-pointer items-center gap-1 font-ui text-sm leading-ui text-brand">
                  <span aria-hidden="true" className="group-open:hidden">
                    {locale === 'ar' ? '◂' : '▸'}
                  </span>
                  <span aria-hidden="true" className="hidden group-open:inline">
                    ▾
                  </span>
                  {t('inLanguage', { language: translation.lang })}
                </summary>
                <div className="border-s-2 border-line ps-4 text-muted">
                  <BlockText {...props} text={translation.text} lang={translation.lang} secondary />
                </div>
              </details>
            </div>
          );
        }
        return (
          <div key={block.id} id={block.id} data-block={block.id} className="rounded-e border-s-4 border-pending-ink/40 bg-pending/40 py-2 ps-4 pe-2">
            <p className="mb-1 font-ui text-sm leading-ui font-semibold text-pending-ink">
              {t('untranslated', { language: shown.lang })}
            </p>
            <BlockText {...props} text={shown.text} lang={shown.lang} />
          </div>
        );
      })}
    </div>
  );
}

/** What a cell shows: its text, or (in the page's language) a note that the translation is pending. */
async function CellContent({ block, cell, report, locale, secondary }: { block: Block; cell: Cell; report: Report; locale: Locale; secondary: boolean }) {
  if (cell.text) {
    return <BlockText block={block} text={cell.text} lang={cell.lang} pageLocale={cell.lang} original={report.originalLanguage} secondary={secondary} />;
  }
  // The same mark as a pending passage in the single view, in the page's language.
  const t = await getTranslations('Report');
  return (
    <p {...langAttrs(locale, cell.lang)} className="rounded bg-pending/60 px-3 py-2 font-ui text-sm leading-ui font-semibold text-pending-ink">
      {t('missingTranslation', { language: cell.lang })}
    </p>
  );
}

/** The second-language copy is set apart quietly; a pending placeholder needs no such frame. */
const quiet = (cell: Cell, classes: string) => (cell.text ? classes : '');

/**
 * Both languages, block by block. `parallel`: two columns, each pair in one grid row so that both start on the
 * same line; the column order follows the page direction. Below the md breakpoint, and in `interleaved`, each
 * block is followed by its translation, set apart quietly.
 */
export function PairedBody({ report, locale, view }: { report: Report; locale: Locale; view: PairedView }) {
  const other = otherLocale(locale);
  const otherAttrs = langAttrs(other, locale);

  if (view === 'parallel') {
    return (
      <div className="grid grid-cols-1 md:grid-cols-2 md:gap-x-10" data-view="parallel">
        <p className="pb-1 font-ui text-sm font-semibold text-muted max-md:hidden">{localeConfig[locale].nativeName}</p>
        <p {...otherAttrs} className="pb-1 font-ui text-sm font-semibold text-muted max-md:hidden">
          {localeConfig[other].nativeName}
        </p>
        {report.blocks.flatMap((block) => {
          const [first, second] = cellsOf(block, locale);
          return [
            <div key={`${block.id}-${locale}`} id={block.id} data-block={block.id} data-pair={block.id} className="pt-5">
              <CellContent block={block} cell={first} report={report} locale={locale} secondary={false} />
            </div>,
            <div
              key={`${block.id}-${other}`}
              {...otherAttrs}
              data-pair={block.id}
              className={`pt-2 md:pt-5 ${quiet(second, 'max-md:border-s-2 max-md:border-line max-md:ps-4 max-md:text-muted')}`}
            >
              <CellContent block={block} cell={second} report={report} locale={locale} secondary />
            </div>,
          ];
        })}
      </div>
    );
  }

  return (
    <div className="max-w-[42rem] space-y-6" data-view="interleaved">
      {report.blocks.map((block) => {
        const [first, second] = cellsOf(block, locale);
        return (
          <div key={block.id} id={block.id} data-block={block.id} className="space-y-2">
            <CellContent block={block} cell={first} report={report} locale={locale} secondary={false} />
            <div {...otherAttrs} className={quiet(second, 'border-s-2 border-line ps-4 text-[0.94em] text-muted')}>
              <CellContent block={block} cell={second} report={report} locale={locale} secondary />
            </div>
          </div>
        );
      })}
    </div>
  );
}
