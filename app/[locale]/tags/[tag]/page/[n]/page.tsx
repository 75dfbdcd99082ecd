import { notFound } from 'next/navigation';
import { TagList, tagMetadata } from '@/components/list-pages';
import { parsePage } from '@/lib/site/pagination';

// None at build time: each is rendered on its first request and cached until the content changes
// (lib/content/page-cache.cjs), so the build does not grow with the archive. The proxy answers unknown ones 404.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tags/[tag]/page/[n]'>) {
  const { tag, n } = await params;
  return tagMetadata(tag, parsePage(n) ?? 1);
}

export default async function TagPageN({ params }: PageProps<'/[locale]/tags/[tag]/page/[n]'>) {
  const { tag, n } = await params;
  const page = parsePage(n);
  if (!page) notFound();
  return <TagList tag={tag} page={page} />;
}
