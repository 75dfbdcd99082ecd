import { getTranslations } from 'next-intl/server';

export async function PendingBadge() {
  const t = await getTranslations('Report');
  return (
    <span className="inline-block rounded bg-pending px-1.5 font-ui text-xs leading-ui font-semibold text-pending-ink">
      {t('pendingBadge')}
    </span>
  );
}
