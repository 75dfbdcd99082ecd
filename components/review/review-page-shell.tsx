import { getLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { localePath } from '@/i18n/routing';
import type { Reviewer } from '@/lib/auth/auth';
import { otherLocale } from '@/lib/locales';
import { PageShell } from '../page-shell';
import { ReviewBar } from './review-bar';

/** A page of the review desk: who is signed in, then its title and introduction (and anything `aside` adds). */
export async function ReviewPageShell({
  here,
  user,
  title,
  intro,
  aside,
  children,
}: {
  /** The page's address without its locale, query included. */
  here: string;
  user: Reviewer | null;
  title: string;
  intro: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <PageShell alternateHref={localePath({ href: here, locale: otherLocale(locale) })}>
      <ReviewBar user={user} next={localePath({ href: here, locale })} />
      <header className="mb-6 space-y-2">
        <h1 className="text-h1 font-bold">{title}</h1>
        <p className="max-w-prose font-ui text-muted">{intro}</p>
        {aside}
      </header>
      {children}
    </PageShell>
  );
}
