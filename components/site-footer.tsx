import { getLocale, getTranslations } from 'next-intl/server';
import { getSections } from '@/lib/content/queries';
import { litePath } from '@/lib/lite/pages';
import { feedPath } from '@/lib/site/metadata';
import { sectionPath } from '@/lib/site/paths';
import { Wordmark } from './wordmark';
import { NewsletterForm } from './newsletter-form';
import { PageLink } from './page-link';

export async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations('Site');
  return (
    <footer className="mt-16 border-t border-line bg-surface font-ui">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 text-sm sm:grid-cols-2 lg:grid-cols-[3fr_2fr_1fr]">
        <div className="space-y-3">
          <Wordmark locale={locale} />
          <p className="max-w-prose leading-ui text-muted">{t('footerAbout')}</p>
          <p className="flex flex-wrap gap-x-4">
            <PageLink href="/popular" className="inline-flex min-h-11 items-center">
              {t('popular')}
            </PageLink>
            <a href={feedPath(locale)} type="application/rss+xml" className="inline-flex min-h-11 items-center">
              {t('feed')}
            </a>
            {/* A plain link: the lite edition is not part of the app's client-side navigation. */}
            <a href={litePath(locale)} className="inline-flex min-h-11 items-center">
              {t('lite')}
            </a>
            <PageLink href="/review" className="inline-flex min-h-11 items-center">
              {t('review')}
            </PageLink>
          </p>
        </div>
        <NewsletterForm />
        <nav aria-label={t('footerSections')}>
          <h2 className="mb-2 font-semibold">{t('footerSections')}</h2>
          <ul>
            {getSections().map((section) => (
              <li key={section.id}>
                <PageLink href={sectionPath(section.id)} className="inline-flex min-h-11 min-w-11 items-center">
                  {section.name[locale]}
                </PageLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
