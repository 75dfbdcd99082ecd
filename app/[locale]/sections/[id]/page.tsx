import { SectionList, sectionMetadata } from '@/components/list-pages';
import { getSections } from '@/lib/content/queries';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSections().map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/sections/[id]'>) {
  return sectionMetadata((await params).id, 1);
}

export default async function SectionPage({ params }: PageProps<'/[locale]/sections/[id]'>) {
  return <SectionList id={(await params).id} page={1} />;
}
