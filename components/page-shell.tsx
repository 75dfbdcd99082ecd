import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

type Props = {
  children: ReactNode;
  /** The same page in the other language, for the language switch. */
  alternateHref: string;
  currentSection?: string;
  /** The query, on the search page, for the header's search box. */
  searchQuery?: string;
  /** The offline page says it itself. */
  offlineNotice?: boolean;
};

/** Header, main landmark (the skip link's target) and footer, shared by every page. */
export async function PageShell({ children, alternateHref, currentSection, searchQuery, offlineNotice = true }: Props) {
  const t = await getTranslations('Offline');
  return (
    <>
      <SiteHeader alternateHref={alternateHref} currentSection={currentSection} searchQuery={searchQuery} />
      <main id="jisr-main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pt-6 outline-none">
        {/* Shown by the head script while the browser is offline: the page is then a kept copy (lib/offline/script.ts). */}
        {offlineNotice && (
          <p data-offline-notice hidden suppressHydrationWarning className="mb-6 rounded bg-pending px-3 py-2 font-ui text-sm leading-ui text-pending-ink">
            {t('banner')}
          </p>
        )}
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
