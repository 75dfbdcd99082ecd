import { ReportPage, reportMetadata } from '@/components/report-page';
import { getReports } from '@/lib/content/queries';

export const dynamicParams = false;

// The translation status comes from the review database: regenerate now and then, and at once after a review.
export const revalidate = 300;

export function generateStaticParams() {
  return getReports().map((r) => ({ slug: r.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/reports/[slug]'>) {
  return reportMetadata((await params).slug, 'single');
}

/** The default, single-language view. */
export default async function SingleViewPage({ params }: PageProps<'/[locale]/reports/[slug]'>) {
  return <ReportPage slug={(await params).slug} view="single" />;
}
