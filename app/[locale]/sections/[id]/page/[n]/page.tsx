import { notFound } from 'next/navigation';
import { laterPages, SectionList, sectionMetadata } from '@/components/list-pages';
import { getReportsInSection, getSections } from '@/lib/content/queries';
import { parsePage } from '@/lib/pagination';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSections().flatMap((s) => laterPages(getReportsInSection(s.id).length).map(({ n }) => ({ id: s.id, n })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/sections/[id]/page/[n]'>) {
  const { id, n } = await params;
  return sectionMetadata(id, parsePage(n) ?? 1);
}

export default async function SectionPageN({ params }: PageProps<'/[locale]/sections/[id]/page/[n]'>) {
  const { id, n } = await params;
  const page = parsePage(n);
  if (!page) notFound();
  return <SectionList id={id} page={page} />;
}
