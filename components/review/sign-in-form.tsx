'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * Email and password, sent to Better Auth's sign-in endpoint (which rate-limits failed attempts). Without script,
 * or before it has loaded, the form posts to /api/review/sign-in, which does the same and redirects.
 */
export function SignInForm({ next, locale, initialError }: { next: string; locale: string; initialError: string | null }) {
  const t = useTranslations('Review.signInPage');
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  return (
    <form
      method="post"
      action="/api/review/sign-in"
      className="grid max-w-sm gap-4 font-ui"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        setPending(true);
        setError(null);
        try {
          const response = await fetch('/api/auth/sign-in/email', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
          });
          if (response.ok) {
            window.location.assign(next);
            return;
          }
          setError(response.status === 429 ? t('tooMany') : t('failed'));
        } catch {
          setError(t('network'));
        }
        setPending(false);
      }}
    >
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="locale" value={locale} />
      <label className="grid gap-1">
        {t('email')}
        <input name="email" type="email" autoComplete="username" required dir="ltr" className="min-h-11 rounded border border-line bg-paper px-3" />
      </label>
      <label className="grid gap-1">
        {t('password')}
        <input name="password" type="password" autoComplete="current-password" required dir="ltr" className="min-h-11 rounded border border-line bg-paper px-3" />
      </label>
      <p role="alert" className="min-h-6 text-sm font-semibold text-pending-ink">
        {error}
      </p>
      <button type="submit" disabled={pending} className="min-h-11 rounded-full bg-ink px-4 text-paper disabled:opacity-60">
        {t('submit')}
      </button>
    </form>
  );
}
