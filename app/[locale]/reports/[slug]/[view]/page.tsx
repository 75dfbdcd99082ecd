import { notFound } from 'next/navigation';
import { ReportPage, reportMetadata } from '@/components/report-page';
import { isPairedView } from '@/lib/site/views';

// The translation status comes from the review database: regenerate now and then, and at once after a review.
export const revalidate = 300;

// None at build time: each is rendered on its first request and cached until the content changes
// (lib/content/page-cache.cjs), so the build does not grow with the archive. The proxy answers unknown ones 404.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
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
