import { ReportPage, reportMetadata } from '@/components/report-page';

// The translation status comes from the review database: regenerate now and then, and at once after a review.
export const revalidate = 300;

// None at build time: each is rendered on its first request and cached until the content changes
// (lib/content/page-cache.cjs), so the build does not grow with the archive. The proxy answers unknown ones 404.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/reports/[slug]'>) {
  return reportMetadata((await params).slug, 'single');
}

/** The default, single-language view. */
export default async function SingleViewPage({ params }: PageProps<'/[locale]/reports/[slug]'>) {
  return <ReportPage slug={(await params).slug} view="single" />;
}
