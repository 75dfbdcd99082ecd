import { TagList, tagMetadata } from '@/components/list-pages';
import { getTags } from '@/lib/content/queries';

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getTags().keys()].map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/tags/[tag]'>) {
  return tagMetadata((await params).tag, 1);
}

export default async function TagPage({ params }: PageProps<'/[locale]/tags/[tag]'>) {
  return <TagList tag={(await params).tag} page={1} />;
}
