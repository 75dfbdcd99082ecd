import { notFound } from 'next/navigation';
import { ReportPage, reportMetadata } from '@/components/report-page';
import { getReports } from '@/lib/content/queries';
import { isPairedView, pairedViews } from '@/lib/views';

export const dynamicParams = false;

// The translation status comes from the review database: regenerate now and then, and at once after a review.
export const revalidate = 300;

export function generateStaticParams() {
  return getReports().flatMap((r) => pairedViews.map((view) => ({ slug: r.slug, view })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/reports/[slug]/[view]'>) {
  const { slug, view } = await params;
  return reportMetadata(slug, isPairedView(view) ? view : 'single');
}

export default async function PairedViewPage({ params }: PageProps<'/[locale]/reports/[slug]/[view]'>) {
  const { slug, view } = await params;
  if (!isPairedView(view)) notFound();
  return <ReportPage slug={slug} view={view} />;
}
