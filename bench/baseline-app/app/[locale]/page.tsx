import { useTranslations } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { use } from 'react';
export default function Page({ params }: { params: Promise<{ locale: 'en' | 'ar' }> }) {
  setRequestLocale(use(params).locale);
  const t = useTranslations('Home');
  return <h1>{t('title')}</h1>;
}
