import { getLocale, getTranslations } from 'next-intl/server';
import { getSections } from '@/lib/content/queries';
import { dirOf, localeConfig, otherLocale } from '@/lib/locales';
import { ThemeToggle } from './theme-toggle';
import { Wordmark } from './wordmark';
import { PageLink } from './page-link';

type Props = {
  /** The same page in the other language. */
  alternateHref: string;
  currentSection?: string;
};

export async function SiteHeader({ alternateHref, currentSection }: Props) {
  const locale = await getLocale();
  const t = await getTranslations('Site');
  const tTheme = await getTranslations('Theme');
  const other = otherLocale(locale);
  return (
    <header className="border-b border-line font-ui">
      <a
        href="#jisr-main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:rounded focus:bg-ink focus:px-4 focus:py-3 focus:text-paper"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 pt-3 pb-2">
        <PageLink href="/" aria-label={t('home')} className="no-underline">
          <Wordmark locale={locale} />
        </PageLink>
        <div className="flex items-center gap-3">
          <nav aria-label={t('languageNav')}>
            {/* A plain link: the head script adds the reader's current paragraph to it (lib/head-script.ts). */}
            <a
              href={alternateHref}
              hrefLang={other}
              lang={other}
              dir={dirOf(other)}
              data-keep-place
              className="font-chrome inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm text-ink no-underline hover:border-ink"
            >
              {localeConfig[other].nativeName}
            </a>
          </nav>
          <ThemeToggle labels={{ label: tTheme('label'), system: tTheme('system'), light: tTheme('light'), dark: tTheme('dark') }} />
        </div>
      </div>
      <nav aria-label={t('sectionsNav')} className="mx-auto max-w-6xl px-4">
        <ul className="flex flex-wrap gap-x-1 text-sm">
          {getSections().map((section) => (
            <li key={section.id}>
              <PageLink
                href={`/sections/${section.id}`}
                aria-current={section.id === currentSection ? 'page' : undefined}
                className="inline-flex min-h-11 items-center border-b-2 border-transparent px-2 text-ink no-underline hover:border-line aria-[current=page]:border-brand aria-[current=page]:font-semibold"
              >
                {section.name[locale]}
              </PageLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
