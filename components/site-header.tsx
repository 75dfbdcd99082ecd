import { getLocale, getTranslations } from 'next-intl/server';
import { getSections } from '@/lib/content/queries';
import { dirOf, localeConfig, otherLocale, type Locale } from '@/lib/locales';
import { localePath } from '@/i18n/routing';
import { sectionPath } from '@/lib/site/paths';
import { ReaderSettings } from './reader-settings';
import { Wordmark } from './wordmark';
import { PageLink } from './page-link';

type Props = {
  /** The same page in the other language. */
  alternateHref: string;
  currentSection?: string;
  searchQuery?: string;
};

export async function SiteHeader({ alternateHref, currentSection, searchQuery }: Props) {
  const locale = await getLocale();
  const t = await getTranslations('Site');
  const tSearch = await getTranslations('Search');
  const other = otherLocale(locale);
  return (
    <header className="border-b border-line font-ui">
      <a
        href="#jisr-main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:rounded focus:bg-ink focus:px-4 focus:py-3 focus:text-paper"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-2 px-4 pt-3 pb-2 md:gap-x-4">
        <PageLink href="/" aria-label={t('home')} className="me-auto inline-flex min-h-11 items-center no-underline">
          <Wordmark locale={locale} />
        </PageLink>
        <SearchForm locale={locale} query={searchQuery} label={tSearch('label')} placeholder={tSearch('placeholder')} submit={tSearch('submit')} className="max-md:hidden md:w-72" />
        {/* On a phone the search box folds away behind an icon that works without JavaScript; opened, it takes a
            line of its own below. */}
        <details className="group md:hidden open:order-last open:basis-full" open={searchQuery !== undefined}>
          <summary className="grid size-11 cursor-pointer list-none place-items-center rounded-full hover:bg-surface group-open:hidden [&::-webkit-details-marker]:hidden">
            <SearchIcon />
            <span className="sr-only">{tSearch('label')}</span>
          </summary>
          <SearchForm locale={locale} query={searchQuery} label={tSearch('label')} placeholder={tSearch('placeholder')} submit={tSearch('submit')} />
        </details>
        <nav aria-label={t('languageNav')}>
          {/* A plain link: the head script adds the reader's current paragraph to it (lib/reading/head-script.ts). */}
          <a
            href={alternateHref}
            hrefLang={other}
            lang={other}
            dir={dirOf(other)}
            data-keep-place
            className="font-chrome inline-flex min-h-11 items-center rounded-full border border-line px-3 text-sm text-ink no-underline hover:border-ink md:px-4"
          >
            {localeConfig[other].nativeName}
          </a>
        </nav>
        <ReaderSettings />
      </div>
      {/* One line that scrolls sideways on a phone, as news sites' section bars do, rather than three. */}
      <nav aria-label={t('sectionsNav')} className="mx-auto max-w-6xl overflow-x-auto px-2 md:px-4">
        <ul className="flex gap-x-1 text-sm whitespace-nowrap md:flex-wrap">
          {getSections().map((section) => (
            <li key={section.id}>
              <PageLink
                href={sectionPath(section.id)}
                aria-current={section.id === currentSection ? 'page' : undefined}
                className="inline-flex min-h-11 min-w-11 items-center justify-center border-b-2 border-transparent px-2 text-ink no-underline hover:border-line aria-[current=page]:border-brand aria-[current=page]:font-semibold"
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

function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="m13 13 4.5 4.5" strokeLinecap="round" />
    </svg>
  );
}

type SearchFormProps = { locale: Locale; query?: string; label: string; placeholder: string; submit: string; className?: string };

/** A plain GET form to the search page; on that page, a script makes it search as you type. */
function SearchForm({ locale, query, label, placeholder, submit, className = '' }: SearchFormProps) {
  return (
    <form role="search" action={localePath({ href: '/search', locale })} className={`flex items-center gap-1 ${className}`}>
      <input
        type="search"
        name="q"
        data-site-search
        defaultValue={query}
        aria-label={label}
        placeholder={placeholder}
        maxLength={200}
        dir="auto"
        enterKeyHint="search"
        className="min-h-11 w-full min-w-0 rounded-full border border-line bg-paper px-4 text-sm"
      />
      <button type="submit" className="grid size-11 shrink-0 place-items-center rounded-full text-ink hover:bg-surface">
        <SearchIcon />
        <span className="sr-only">{submit}</span>
      </button>
    </form>
  );
}
