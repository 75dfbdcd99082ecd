import { getTranslations } from 'next-intl/server';
import type { Reviewer } from '@/lib/auth/auth';
import { PageLink } from '../page-link';
import { SignOutButton } from './sign-out-button';

/** Who is signed in, with sign in or out; on every review page. */
export async function ReviewBar({ user, next }: { user: Reviewer | null; next: string }) {
  const t = await getTranslations('Review');
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-line pb-3 font-ui text-sm">
      {user ? (
        <>
          <span>
            {/* A name can be in either script: isolate it so it cannot reorder the sentence around it. */}
            {t.rich('signedInAs', { name: () => <bdi className="font-semibold">{user.name}</bdi> })}
            {user.role !== 'reviewer' && <span className="ms-2 text-muted">({t('readOnlyRole')})</span>}
          </span>
          <SignOutButton label={t('signOut')} />
        </>
      ) : (
        <>
          <span className="text-muted">{t('readOnly')}</span>
          <PageLink href={`/review/sign-in?next=${encodeURIComponent(next)}`} data-sign-in className="inline-flex min-h-11 items-center rounded-full bg-ink px-4 text-paper no-underline">
            {t('signIn')}
          </PageLink>
        </>
      )}
    </div>
  );
}
