'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

/** The keyboard shortcuts, opened with ? and closed with Escape. */
export function HelpDialog({ open, canEdit, onClose }: { open: boolean; canEdit: boolean; onClose: () => void }) {
  const t = useTranslations('Review');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  const keys: Array<[string, string]> = [
    ['J · Alt+↓', t('keys.next')],
    ['K · Alt+↑', t('keys.previous')],
    ...(canEdit
      ? ([
          ['A', t('keys.approve')],
          ['R', t('keys.review')],
          ['N', t('keys.needsWork')],
          ['C', t('keys.comment')],
        ] as Array<[string, string]>)
      : []),
    ['H', t('keys.history')],
    ['?', t('keys.help')],
    ['Esc', t('keys.close')],
  ];
  return (
    <dialog ref={dialog} aria-labelledby="keys-title" onClose={onClose} className="m-auto w-[min(28rem,92vw)] rounded-lg border border-line bg-paper p-5 text-ink backdrop:bg-black/50">
      <h2 id="keys-title" className="mb-3 font-ui text-lg font-semibold">
        {t('keys.title')}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 font-ui text-sm">
        {keys.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd lang="en" dir="ltr" className="rounded border border-line bg-surface px-1.5 py-0.5 font-mono text-xs">
                {key}
              </kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-end">
        <button className="min-h-11 rounded-full bg-ink px-4 font-ui text-sm text-paper">{t('keys.close')}</button>
      </form>
    </dialog>
  );
}
