import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { SignInForm } from '@/components/review/sign-in-form';
import { localePath } from '@/i18n/routing';
import { otherLocale } from '@/lib/locales';
import { pageMetadata } from '@/lib/site/metadata';
import { safeNext } from '@/lib/review/safe-next';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Review.signInPage');
  return pageMetadata({ path: '/review/sign-in', title: t('title'), index: false });
}

export default async function SignInPage({ searchParams }: PageProps<'/[locale]/review/sign-in'>) {
  const locale = await getLocale();
  const t = await getTranslations('Review.signInPage');
  const params = await searchParams;
  const next = safeNext(params.next, locale);
  // The reason a sign-in without JavaScript came back (app/api/review/sign-in).
  const errors = { failed: t('failed'), 'too-many': t('tooMany'), refused: t('refused') } as const;
  const error = typeof params.error === 'string' && params.error in errors ? errors[params.error as keyof typeof errors] : null;
  return (
    <PageShell alternateHref={localePath({ href: '/review/sign-in', locale: otherLocale(locale) })}>
      <div className="max-w-[42rem] space-y-4 py-6">
        <h1 className="text-h1 font-bold">{t('title')}</h1>
        <p className="font-ui text-muted">{t('intro')}</p>
        <SignInForm next={next} locale={locale} initialError={error} />
      </div>
    </PageShell>
  );
}
