import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { SignInForm } from '@/components/review/sign-in-form';
import { localePath } from '@/i18n/routing';
import { otherLocale } from '@/lib/locales';
import { pageMetadata } from '@/lib/page-metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Review.signInPage');
  return pageMetadata({ path: '/review/sign-in', title: t('title'), index: false });
}

/** Only addresses inside the review pages are followed after signing in. */
function safeNext(next: string | string[] | undefined, locale: string): string {
  const value = Array.isArray(next) ? next[0] : next;
  return value && new RegExp(`^/${locale}/review(?:[/?#]|$)`).test(value) && !value.includes('//') ? value : `/${locale}/review`;
}

export default async function SignInPage({ searchParams }: PageProps<'/[locale]/review/sign-in'>) {
  const locale = await getLocale();
  const t = await getTranslations('Review.signInPage');
  const next = safeNext((await searchParams).next, locale);
  return (
    <PageShell alternateHref={localePath({ href: '/review/sign-in', locale: otherLocale(locale) })}>
      <div className="max-w-[42rem] space-y-4 py-6">
        <h1 className="text-h1 font-bold">{t('title')}</h1>
        <p className="font-ui text-muted">{t('intro')}</p>
        <SignInForm next={next} />
      </div>
    </PageShell>
  );
}
