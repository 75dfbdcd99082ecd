import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

type Props = {
  children: ReactNode;
  /** The same page in the other language, for the language switch. */
  alternateHref: string;
  currentSection?: string;
  /** The query, on the search page, for the header's search box. */
  searchQuery?: string;
};

/** Header, main landmark (the skip link's target) and footer, shared by every page. */
export function PageShell({ children, alternateHref, currentSection, searchQuery }: Props) {
  return (
    <>
      <SiteHeader alternateHref={alternateHref} currentSection={currentSection} searchQuery={searchQuery} />
      <main id="jisr-main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-6 outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
