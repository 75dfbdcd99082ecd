import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/page-shell';
import { ReportCard } from '@/components/report-card';
import { localePath } from '@/i18n/routing';
import { getReportsInSection, getSection, getSections } from '@/lib/content/queries';
import { otherLocale } from '@/lib/locales';



export function generateStaticParams() {
  return getSections().map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/sections/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const locale = await getLocale();
  const section = getSection(id);
  if (!section) return {};
  return {
    title: section.name[locale],
    alternates: {
      canonical: localePath({ href: `/sections/${id}`, locale }),
      languages: { en: `/en/sections/${id}`, ar: `/ar/sections/${id}` },
    },
  };
}

export default async function SectionPage({ params }: PageProps<'/[locale]/sections/[id]'>) {
  const { id } = await params;
  const locale = await getLocale();
  const section = getSection(id);
  if (!section) notFound();
  const t = await getTranslations('Section');
  const reports = getReportsInSection(id);
  return (
    <PageShell alternateHref={localePath({ href: `/sections/${id}`, locale: otherLocale(locale) })} currentSection={id}>
      <header className="mb-8 border-b border-line pb-4">
        <h1 className="text-h1 font-bold">{section.name[locale]}</h1>
        <p className="mt-1 font-ui text-sm text-muted" data-testid="report-count">
          {t('count', { count: reports.length })}
        </p>
      </header>
      {reports.length === 0 ? (
        <p className="text-body">{t('empty')}</p>
      ) : (
        <ol className="max-w-[42rem] space-y-8">
          {reports.map((report) => (
            <li key={report.slug}>
              <ReportCard report={report} level={2} showSection={false} />
            </li>
          ))}
        </ol>
      )}
    </PageShell>
  );
}
