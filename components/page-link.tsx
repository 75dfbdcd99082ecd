import type { ComponentProps } from 'react';
import { getLocale } from 'next-intl/server';
import { localePath } from '@/i18n/routing';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/**
 * A plain link to a page of the site, in the current language. Plain anchors rather than next/link: every page is
 * static HTML, so a full load is cheap, nothing is prefetched on a reader's metered connection, and the ~8 kB of
 * client router code for links stays out of every page.
 */
export async function PageLink({ href, ...props }: Props) {
  return <a href={localePath({ href, locale: await getLocale() })} {...props} />;
}
