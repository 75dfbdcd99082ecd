import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { localePath } from '@/i18n/routing';
import { otherLocale } from '@/lib/locales';
import { tokenPattern } from '@/lib/newsletter/token';
import { pageMetadata } from '@/lib/site/metadata';

// The page a confirmation message links to. It only shows a button: confirming takes a person's press, so that mail
// scanners that open every link do not confirm on the reader's behalf. The proxy answers a missing or malformed
// token with the 404 page (lib/site/routes.ts).

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Newsletter.confirmPage');
  return pageMetadata({ path: '/newsletter/confirm', title: t('title'), index: false });
}

export default async function NewsletterConfirmPage({ searchParams }: PageProps<'/[locale]/newsletter/confirm'>) {
  const locale = await getLocale();
  const t = await getTranslations('Newsletter');
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' && tokenPattern.test(raw) ? raw : '';
  return (
    <PageShell alternateHref={localePath({ href: `/newsletter/confirm?token=${token}`, locale: otherLocale(locale) })}>
      <div className="max-w-prose space-y-4">
        <p className="font-ui text-sm font-semibold text-muted">{t('title')}</p>
        <h1 className="text-h1 font-bold">{t('confirmPage.title')}</h1>
        <p className="text-body">{t('confirmPage.body')}</p>
        <form method="post" action="/api/newsletter/confirm">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="min-h-11 rounded-full bg-ink px-5 font-ui font-semibold text-paper">
            {t('confirmPage.button')}
          </button>
        </form>
      </div>
    </PageShell>
  );
}
