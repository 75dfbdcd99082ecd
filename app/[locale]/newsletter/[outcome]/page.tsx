import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageLink } from '@/components/page-link';
import { PageShell } from '@/components/page-shell';
import { localePath } from '@/i18n/routing';
import { otherLocale } from '@/lib/locales';
import { outcomeIds, outcomes, type Outcome } from '@/lib/newsletter/outcomes';
import { pageMetadata } from '@/lib/site/metadata';

// One prerendered page per outcome of a newsletter request. The route handlers serve a failure's page with its
// 4xx status (lib/newsletter/service.ts), and redirect to a success's page.

export const dynamicParams = false;

export function generateStaticParams() {
  return outcomeIds.map((outcome) => ({ outcome }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/newsletter/[outcome]'>): Promise<Metadata> {
  const t = await getTranslations('Newsletter.outcome');
  const outcome = (await params).outcome as Outcome;
  return pageMetadata({ path: `/newsletter/${outcome}`, title: t(`${outcome}.title`), index: false });
}

export default async function NewsletterOutcomePage({ params }: PageProps<'/[locale]/newsletter/[outcome]'>) {
  const outcome = (await params).outcome as Outcome;
  const locale = await getLocale();
  const t = await getTranslations('Newsletter');
  const failed = outcomes[outcome] >= 400;
  return (
    <PageShell alternateHref={localePath({ href: `/newsletter/${outcome}`, locale: otherLocale(locale) })}>
      <div className="max-w-prose space-y-4" data-outcome={outcome}>
        <p className="font-ui text-sm font-semibold text-muted">{t('title')}</p>
        <h1 className={`text-h1 font-bold ${failed ? 'text-pending-ink' : ''}`}>{t(`outcome.${outcome}.title`)}</h1>
        <p className="text-body">{t(`outcome.${outcome}.body`)}</p>
        <p className="flex flex-wrap gap-x-6 font-ui">
          {/* The form is at the foot of this page too. */}
          {failed && (
            <a href="#newsletter" className="inline-flex min-h-11 items-center font-semibold">
              {t('retry')}
            </a>
          )}
          <PageLink href="/" className="inline-flex min-h-11 items-center">
            {t('back')}
          </PageLink>
        </p>
      </div>
    </PageShell>
  );
}
