import { TagList, tagMetadata } from '@/components/list-pages';

// None at build time: each is rendered on its first request and cached until the content changes
// (lib/content/page-cache.cjs), so the build does not grow with the archive. The proxy answers unknown ones 404.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tags/[tag]'>) {
  return tagMetadata((await params).tag, 1);
}

export default async function TagPage({ params }: PageProps<'/[locale]/tags/[tag]'>) {
  return <TagList tag={(await params).tag} page={1} />;
}
