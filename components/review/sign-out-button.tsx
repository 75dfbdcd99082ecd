'use client';

/** Signs out through Better Auth's endpoint, then reloads the page as a reader. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="needs-js min-h-11 rounded-full border border-line px-4"
      onClick={async () => {
        await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).catch(() => undefined);
        window.location.reload();
      }}
    >
      {label}
    </button>
  );
}
