'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { SegmentView } from '@/lib/review/store';

/** Approving a segment that has an error needs a written reason, asked for in a modal dialog. */
export function ReasonDialog({ segment, onCancel, onSubmit }: { segment: SegmentView | null; onCancel: () => void; onSubmit: (reason: string) => void }) {
  const t = useTranslations('Review');
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (segment && !dialog.current?.open) {
      setReason('');
      dialog.current?.showModal();
    }
    if (!segment && dialog.current?.open) dialog.current.close();
  }, [segment]);
  return (
    <dialog ref={dialog} aria-labelledby="reason-title" onClose={onCancel} className="m-auto w-[min(32rem,92vw)] rounded-lg border border-line bg-paper p-5 text-ink backdrop:bg-black/50">
      <form
        method="dialog"
        className="grid gap-3 font-ui text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) onSubmit(reason.trim());
        }}
      >
        <h2 id="reason-title" className="text-lg font-semibold">
          {t('reason.title')} <span className="font-mono text-sm" lang="en" dir="ltr">({segment?.id})</span>
        </h2>
        <label htmlFor="reason-text">{t('reason.label')}</label>
        <textarea id="reason-text" required value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={2000} dir="auto" className="rounded border border-line bg-paper p-2" />
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" onClick={onCancel} className="min-h-11 rounded-full border border-line px-4">
            {t('reason.cancel')}
          </button>
          <button type="submit" disabled={!reason.trim()} className="min-h-11 rounded-full bg-ink px-4 text-paper disabled:opacity-50">
            {t('reason.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
