import { getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';
import { dirOf, otherLocale, type Locale } from '@/lib/locales';
import { reportPath } from '@/lib/site/paths';
import { views, type View } from '@/lib/site/views';

/**
 * The reading bar: the three views and the other language. It stays at the top of the
 * screen while the report scrolls, so a reader can switch where they are; the head script then reopens the report at
 * the same paragraph. All plain links, so they work without JavaScript.
 */
export async function ViewSwitch({ slug, view, locale }: { slug: string; view: View; locale: Locale }) {
  const t = await getTranslations('Report');
  const other = otherLocale(locale);
  // The link to the other language speaks that language.
  const tOther = await getTranslations({ locale: other, namespace: 'Report' });
  return (
    <div
      data-reading-bar
      className="sticky top-0 z-10 -mx-4 mb-6 flex items-center justify-between gap-2 border-b border-line bg-paper/95 px-4 py-1.5 font-ui backdrop-blur"
    >
      <nav aria-label={t('viewLabel')} className="max-sm:grow">
        <ul className="grid grid-cols-3 gap-1 text-sm leading-tight">
          {views.map((v) => (
            <li key={v}>
              <a
                href={localePath({ href: reportPath(slug, v), locale })}
                data-keep-place
                aria-current={v === view ? 'page' : undefined}
                className="flex min-h-11 items-center justify-center rounded-full px-2 text-center text-ink sm:px-3 no-underline hover:bg-surface aria-[current=page]:bg-ink aria-[current=page]:text-paper"
              >
                {t(`views.${v}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <a
        href={localePath({ href: reportPath(slug, view), locale: other })}
        hrefLang={other}
        lang={other}
        dir={dirOf(other)}
        data-keep-place
        className="font-chrome inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-2 text-sm text-link sm:px-3"
      >
        {/* On a phone, a short mark (ع / EN) leaves room for the three views. */}
        <span aria-hidden="true" className="sm:hidden">
          {tOther('languageMark')}
        </span>
        <span className="max-sm:sr-only">{tOther('readInThisLanguage')}</span>
      </a>
      {/* How far through the report the reader is (globals.css: driven by scrolling, no script). */}
      <div aria-hidden="true" className="absolute inset-x-0 bottom-0 h-0.5">
        <div className="reading-progress h-full bg-brand" data-testid="reading-progress" />
      </div>
    </div>
  );
}
