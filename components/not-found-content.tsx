import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/i18n/routing';
import { otherLocale } from '@/lib/locales';
import { PageShell } from './page-shell';
import { PageLink } from './page-link';

/** The localized "page not found" page. */
export async function NotFoundContent() {
  const t = await getTranslations('NotFound');
  const other = otherLocale(await getLocale());
  return (
    <PageShell alternateHref={localePath({ href: '/', locale: other })}>
      <div className="max-w-[42rem] space-y-4 py-10">
        <h1 className="text-h1 font-bold">{t('title')}</h1>
        <p className="text-body">{t('body')}</p>
        <p className="font-ui">
          <PageLink href="/" className="inline-flex min-h-11 items-center">
            {t('home')}
          </PageLink>
        </p>
      </div>
    </PageShell>
  );
}
