import { notFound } from 'next/navigation';
import { laterPages, TagList, tagMetadata } from '@/components/list-pages';
import { getTags } from '@/lib/content/queries';
import { parsePage } from '@/lib/pagination';

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getTags()].flatMap(([tag, reports]) => laterPages(reports.length).map(({ n }) => ({ tag, n })));
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
