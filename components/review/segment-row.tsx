'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/locales';
import { ApiError, getJson, postJson } from '@/lib/api-client';
import type { HistoryEntry, SegmentView } from '@/lib/review/store';
import type { SettableState } from '@/lib/review/states';
import { describeCheck } from './check-text';
import { StateBadge } from './state-badge';

type Props = {
  slug: string;
  segment: SegmentView;
  locale: string;
  current: boolean;
  open: boolean;
  canEdit: boolean;
  rowRef: (el: HTMLTableRowElement | null) => void;
  onFocus: () => void;
  onAct: (state: SettableState) => void;
  onToggle: () => void;
  onCommented: () => void;
  onError: (code: 'network' | 'unauthenticated' | 'forbidden' | 'generic') => void;
};

const dirOf = (lang: Locale) => (lang === 'ar' ? 'rtl' : 'ltr');

/** One segment: its id, source and target (each in its own language and direction), checks, state and actions. */
export function SegmentRow({ slug, segment, locale, current, open, canEdit, rowRef, onFocus, onAct, onToggle, onCommented, onError }: Props) {
  const t = useTranslations('Review');
  const panelId = `details-${segment.id}`;
  const cell = 'p-2 align-top max-md:block max-md:px-0 max-md:py-1';
  const label = (text: string) => <span className="block text-xs font-semibold text-muted md:hidden">{text}</span>;
  return (
    <tbody className="border-b border-line max-md:block max-md:py-3">
      <tr
        ref={rowRef}
        id={`segment-${segment.id}`}
        tabIndex={current ? 0 : -1}
        data-segment={segment.id}
        data-state={segment.state}
        aria-current={current ? 'true' : undefined}
        onFocus={onFocus}
        className="outline-offset-[-3px] max-md:block aria-[current=true]:bg-surface"
      >
        <td className={`${cell} whitespace-nowrap`}>
          <span className="font-mono text-xs" lang="en" dir="ltr" translate="no">
            {segment.id}
          </span>
          <button type="button" onClick={onToggle} aria-expanded={open} aria-controls={panelId} data-num suppressHydrationWarning className="needs-js block min-h-11 min-w-11 text-start text-xs text-link underline">
            {t('workbench.comments', { count: segment.comments })}
          </button>
        </td>
        <td className={cell}>
          {label(t('workbench.source', { language: segment.sourceLang }))}
          <p lang={segment.sourceLang} dir={dirOf(segment.sourceLang)} className="max-w-prose text-base leading-(--lh-body)">
            {segment.source}
          </p>
        </td>
        <td className={cell}>
          {label(t('workbench.target', { language: segment.targetLang }))}
          {segment.target !== undefined ? (
            <p lang={segment.targetLang} dir={dirOf(segment.targetLang)} className="max-w-prose text-base leading-(--lh-body)">
              {segment.target}
            </p>
          ) : (
            <p className="text-muted">{t('workbench.noTarget')}</p>
          )}
        </td>
        <td className={`${cell} space-y-2 md:w-80`}>
          {label(t('workbench.checks'))}
          {segment.checks.length === 0 ? (
            <span className="text-muted">{t('workbench.noChecks')}</span>
          ) : (
            <ul className="space-y-1.5">
              {segment.checks.map((check, i) => (
                <li key={i} data-check={check.id} data-severity={check.severity}>
                  <span className={`me-1 font-semibold ${check.severity === 'error' ? 'text-pending-ink' : 'text-muted'}`}>
                    {check.severity === 'error' ? '⛔' : '⚠'} {t(`checkNames.${check.id}`)} · {t(`severity.${check.severity}`)}:
                  </span>
                  <span>{describeCheck(check, t, locale)}</span>
                </li>
              ))}
            </ul>
          )}
          {label(t('workbench.state'))}
          <div className="flex flex-wrap items-center gap-1.5">
            <StateBadge state={segment.state} label={t(`states.${segment.state}`)} />
            {segment.stale && <span className="text-xs font-semibold text-pending-ink">{t('workbench.stale')}</span>}
          </div>
          {segment.updatedBy && segment.updatedAt && (
            <p className="text-xs text-muted">
              <bdi>{segment.updatedBy}</bdi> · <time dateTime={segment.updatedAt} suppressHydrationWarning>{formatDate(segment.updatedAt, 'short', locale as Locale)}</time>
            </p>
          )}
          {canEdit && segment.target !== undefined && (
            <div className="needs-js flex flex-wrap gap-1.5">
              <ActionButton label={t('actions.approve')} pressed={segment.state === 'approved' && !segment.stale} onClick={() => onAct('approved')} primary />
              <ActionButton label={t('actions.review')} pressed={segment.state === 'reviewed' && !segment.stale} onClick={() => onAct('reviewed')} />
              <ActionButton label={t('actions.needsWork')} pressed={segment.state === 'draft'} onClick={() => onAct('draft')} />
            </div>
          )}
        </td>
      </tr>
      {open && (
        <tr id={panelId} className="max-md:block">
          <td colSpan={4} className="bg-surface p-3 max-md:block">
            <SegmentDetails slug={slug} segment={segment} locale={locale} canEdit={canEdit} onCommented={onCommented} onError={onError} onClose={onToggle} />
          </td>
        </tr>
      )}
    </tbody>
  );
}

function ActionButton({ label, pressed, onClick, primary = false }: { label: string; pressed: boolean; onClick: () => void; primary?: boolean }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`min-h-11 rounded-full border px-3 text-xs font-semibold ${primary ? 'border-brand text-brand' : 'border-line text-ink'} aria-pressed:bg-ink aria-pressed:text-paper`}
    >
      {label}
    </button>
  );
}

/** The history (who, when, from → to, reasons) and the comments, with a form to add one. */
function SegmentDetails({
  slug,
  segment,
  locale,
  canEdit,
  onCommented,
  onError,
  onClose,
}: Pick<Props, 'slug' | 'segment' | 'locale' | 'canEdit' | 'onCommented' | 'onError'> & { onClose: () => void }) {
  const t = useTranslations('Review');
  const queryClient = useQueryClient();
  const key = ['history', slug, segment.id];
  const history = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => getJson<{ history: HistoryEntry[] }>(`/api/review/${slug}/segments/${encodeURIComponent(segment.id)}/history`, signal),
    // Fetched afresh each time the panel opens: the history is what happened, including a moment ago.
    staleTime: 0,
  });
  const [body, setBody] = useState('');
  const comment = useMutation({
    mutationFn: (text: string) => postJson(`/api/review/${slug}/segments/${encodeURIComponent(segment.id)}/comments`, { body: text }),
    onSuccess: () => {
      setBody('');
      onCommented();
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => {
      const code = error instanceof ApiError ? error.code : 'generic';
      onError(code === 'network' || code === 'unauthenticated' || code === 'forbidden' ? code : 'generic');
    },
  });
  const stateName = (s?: string) => (s ? t(`states.${s as 'approved'}`) : '');
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-label={t('history.title')}>
        <h3 className="mb-2 text-sm font-semibold">{t('history.title')}</h3>
        {history.isPending ? (
          <p className="text-sm text-muted">{t('history.loading')}</p>
        ) : history.data?.history.length ? (
          <ol className="space-y-2 text-sm">
            {history.data.history.map((entry, i) => (
              <li key={i}>
                <time dateTime={entry.at} className="text-xs text-muted" suppressHydrationWarning>
                  {formatDate(entry.at, 'published', locale as Locale)}
                </time>
                <p>
                  <bdi className="font-semibold">{entry.actor}</bdi>:{' '}
                  {entry.kind === 'state'
                    ? t(entry.batch ? 'history.batch' : 'history.state', { from: stateName(entry.from), to: stateName(entry.to) })
                    : t('history.comment')}
                </p>
                {entry.reason && <p className="text-muted">{t('history.reason', { reason: entry.reason })}</p>}
                {entry.comment && (
                  <p dir="auto" className="mt-0.5 rounded bg-paper px-2 py-1 whitespace-pre-wrap">
                    {entry.comment}
                  </p>
                )}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted">{t('history.empty')}</p>
        )}
      </section>
      {canEdit && (
        <form
          className="grid content-start gap-2 text-sm"
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) comment.mutate(body.trim());
          }}
        >
          <label htmlFor={`comment-${segment.id}`} className="font-semibold">
            {t('comments.label')}
          </label>
          <textarea
            id={`comment-${segment.id}`}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={(e) => {
              // Escape leaves the comment box and closes the panel; focus goes back to the segment.
              if (e.key !== 'Escape') return;
              e.preventDefault();
              onClose();
              document.getElementById(`segment-${segment.id}`)?.focus();
            }}
            maxLength={2000}
            rows={3}
            dir="auto"
            className="rounded border border-line bg-paper p-2"
          />
          <button type="submit" disabled={!body.trim() || comment.isPending} className="min-h-11 justify-self-start rounded-full bg-ink px-4 text-paper disabled:opacity-50">
            {t('comments.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
