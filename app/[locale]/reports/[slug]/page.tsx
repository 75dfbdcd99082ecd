import { ReportPage, reportMetadata } from '@/components/report-page';
import { getReports } from '@/lib/content/queries';

export const dynamicParams = false;

export function generateStaticParams() {
  return getReports().map((r) => ({ slug: r.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/reports/[slug]'>) {
  return reportMetadata((await params).slug);
}

/** The default, single-language view. */
export default async function SingleViewPage({ params }: PageProps<'/[locale]/reports/[slug]'>) {
  return <ReportPage slug={(await params).slug} view="single" />;
}
