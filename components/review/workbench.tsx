'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkIds } from '@/lib/qa/ids';
import { ApiError, getJson, postJson } from '@/lib/api-client';
import { batchApprovable, filtersToSearch, matches, type Filters } from '@/lib/review/filters';
import type { SegmentView } from '@/lib/review/store';
import { segmentStates, type SettableState } from '@/lib/review/states';
import { HelpDialog } from './help-dialog';
import { ReasonDialog } from './reason-dialog';
import { SegmentRow } from './segment-row';

export type WorkbenchData = { slug: string; segments: SegmentView[]; progress: { approved: number; total: number } };

type Props = { initial: WorkbenchData; canEdit: boolean; initialFilters: Filters };

type Notice = { text: string; tone: 'ok' | 'error'; undo?: Array<{ id: string; from: SettableState }> };

const knownErrors = ['conflict', 'network', 'reason_required', 'no_target', 'unauthenticated', 'forbidden'] as const;

function withSegment(data: WorkbenchData, segment: SegmentView): WorkbenchData {
  const segments = data.segments.map((s) => (s.id === segment.id ? segment : s));
  return { ...data, segments, progress: { approved: segments.filter((s) => s.state === 'approved').length, total: segments.length } };
}

/**
 * The review table. Data comes from the server page and then through TanStack Query; a change shows at once and
 * rolls back, with a message, if the server refuses it. Every write names the version it was based on.
 */
export function Workbench({ initial, canEdit, initialFilters }: Props) {
  const t = useTranslations('Review');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const key = useMemo(() => ['review', initial.slug], [initial.slug]);
  const { data } = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => getJson<WorkbenchData>(`/api/review/${initial.slug}`, signal),
    initialData: initial,
    staleTime: 15_000,
    // Other reviewers' changes arrive without waiting for a conflict: on returning to the tab, and every 30 s
    // unless a change of ours is in flight (its optimistic value must not be overwritten).
    refetchOnWindowFocus: true,
    refetchInterval: () => (queryClient.isMutating() > 0 ? false : 30_000),
  });

  const [filters, setFilters] = useState<Filters>(initialFilters);
  // The segments a filter selected stay on screen while they are worked on (approving one in a "translated" view
  // must not make it jump away); the selection is made again only when the filters change.
  const [shownIds, setShownIds] = useState(() => new Set(initial.segments.filter(matches(initialFilters)).map((s) => s.id)));
  const visible = useMemo(() => data.segments.filter((s) => shownIds.has(s.id)), [data.segments, shownIds]);
  const [currentId, setCurrentId] = useState<string | undefined>(visible[0]?.id);
  const [openId, setOpenId] = useState<string | null>(null);
  const [reasonFor, setReasonFor] = useState<SegmentView | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const rows = useRef(new Map<string, HTMLTableRowElement>());

  const [confirming, setConfirming] = useState(false);
  const announce = useCallback((text: string, tone: Notice['tone'] = 'ok', undo?: Notice['undo']) => setNotice({ text, tone, undo }), []);
  const refreshHistory = (segment?: string) => queryClient.invalidateQueries({ queryKey: segment ? ['history', initial.slug, segment] : ['history', initial.slug] });

  const changeState = useMutation({
    mutationFn: (v: { segment: SegmentView; state: SettableState; reason?: string }) =>
      postJson<{ segment: SegmentView }>(`/api/review/${initial.slug}/segments/${encodeURIComponent(v.segment.id)}/state`, {
        state: v.state,
        baseVersion: v.segment.version,
        ...(v.reason ? { reason: v.reason } : {}),
      }),
    onMutate: async (v) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<WorkbenchData>(key);
      queryClient.setQueryData<WorkbenchData>(key, (old) => old && withSegment(old, { ...v.segment, state: v.state, version: v.segment.version + 1, stale: false }));
      return { previous };
    },
    onError: (error, v, context) => {
      const api = error instanceof ApiError ? error : new ApiError(0, 'generic', {});
      const newer = api.code === 'conflict' ? (api.body.segment as SegmentView | undefined) : undefined;
      if (newer) queryClient.setQueryData<WorkbenchData>(key, (old) => old && withSegment(old, newer));
      else if (context?.previous) queryClient.setQueryData(key, context.previous);
      const code = (knownErrors as readonly string[]).includes(api.code) ? (api.code as (typeof knownErrors)[number]) : 'generic';
      announce(t(`errors.${code}`, { segment: v.segment.id }), 'error');
    },
    onSuccess: (result) => {
      queryClient.setQueryData<WorkbenchData>(key, (old) => old && withSegment(old, result.segment));
      announce(t('saved', { segment: result.segment.id, state: t(`states.${result.segment.state}`) }));
    },
    onSettled: (_result, _error, v) => refreshHistory(v.segment.id),
  });

  // "Approve all without findings" takes only the rows on screen, after a confirmation, and can be undone.
  const batch = visible.filter(batchApprovable);
  const approveClean = useMutation({
    mutationFn: (segments: SegmentView[]) =>
      postJson<WorkbenchData & { approved: string[]; skipped: string[] }>(`/api/review/${initial.slug}/approve-clean`, {
        versions: Object.fromEntries(segments.map((s) => [s.id, s.version])),
      }),
    onSuccess: (result, segments) => {
      queryClient.setQueryData<WorkbenchData>(key, { slug: result.slug, segments: result.segments, progress: result.progress });
      const skipped = result.skipped.length > 0 ? ` ${t('workbench.skippedClean', { count: result.skipped.length })}` : '';
      const before = new Map(segments.map((s) => [s.id, s.state]));
      const undo = result.approved.map((id) => ({ id, from: before.get(id) as SettableState }));
      announce(`${t('workbench.approvedClean', { count: result.approved.length })}${skipped}`, 'ok', undo.length > 0 ? undo : undefined);
    },
    onError: (error) => {
      const code = error instanceof ApiError && (knownErrors as readonly string[]).includes(error.code) ? (error.code as (typeof knownErrors)[number]) : 'generic';
      announce(t(`errors.${code}`, { segment: '' }), 'error');
    },
    onSettled: () => refreshHistory(),
  });

  // Puts each segment of the last batch back to the state it had, unless someone changed it since.
  const undoBatch = useMutation({
    mutationFn: async (undo: NonNullable<Notice['undo']>) => {
      let done = 0;
      for (const { id, from } of undo) {
        const segment = queryClient.getQueryData<WorkbenchData>(key)?.segments.find((s) => s.id === id);
        if (!segment || segment.state !== 'approved') continue;
        const result = await postJson<{ segment: SegmentView }>(`/api/review/${initial.slug}/segments/${encodeURIComponent(id)}/state`, {
          state: from,
          baseVersion: segment.version,
        }).catch(() => undefined);
        if (result) {
          queryClient.setQueryData<WorkbenchData>(key, (old) => old && withSegment(old, result.segment));
          done += 1;
        }
      }
      return done;
    },
    onSuccess: (done) => announce(t('workbench.undone', { count: done })),
    onSettled: () => refreshHistory(),
  });

  const act = useCallback(
    (segment: SegmentView | undefined, state: SettableState) => {
      if (!segment || !canEdit || segment.target === undefined) return;
      // Pressing the state it already has is not a change: nothing to save, nothing for the history.
      if (segment.state === state && !segment.stale) return;
      if (state === 'approved' && segment.checks.some((c) => c.severity === 'error')) {
        setReasonFor(segment);
        return;
      }
      changeState.mutate({ segment, state });
    },
    [canEdit, changeState],
  );

  // Filters live in the URL, so a reload or a shared link shows the same selection; the language switch and the
  // sign-in link carry them too.
  const updateFilters = (next: Filters) => {
    setFilters(next);
    setShownIds(new Set(data.segments.filter(matches(next)).map((s) => s.id)));
    const search = filtersToSearch(next);
    window.history.replaceState(null, '', `${window.location.pathname}${search}`);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) {
      const url = new URL(link.href);
      url.search = search;
      link.href = url.toString();
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-sign-in]')) {
      const url = new URL(link.href);
      url.searchParams.set('next', `${window.location.pathname}${search}`);
      link.href = url.toString();
    }
  };

  const current = visible.find((s) => s.id === currentId) ?? visible[0];
  const move = (delta: number) => {
    if (visible.length === 0) return;
    const index = Math.max(0, visible.findIndex((s) => s.id === current?.id));
    const next = visible[Math.min(visible.length - 1, Math.max(0, index + delta))]!;
    setCurrentId(next.id);
    rows.current.get(next.id)?.focus();
  };

  // Shortcuts work anywhere on the page (not only once focus is in the table), by physical key, so they work
  // with an Arabic keyboard layout, with Shift and with Caps Lock.
  const onShortcut = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, dialog, [contenteditable]') || event.ctrlKey || event.metaKey) return;
    if (helpOpen || reasonFor) return;
    const code = event.code;
    const handled = (() => {
      if (event.key === '?' || event.key === '؟' || (code === 'Slash' && event.shiftKey)) return setHelpOpen(true), true;
      if (code === 'KeyJ' || (event.altKey && code === 'ArrowDown')) return move(1), true;
      if (code === 'KeyK' || (event.altKey && code === 'ArrowUp')) return move(-1), true;
      if (code === 'KeyH') return setOpenId((id) => (id === current?.id ? null : (current?.id ?? null))), true;
      if (code === 'Escape' && openId) return setOpenId(null), true;
      if (!canEdit || event.altKey) return false;
      if (code === 'KeyA') return act(current, 'approved'), true;
      if (code === 'KeyR') return act(current, 'reviewed'), true;
      if (code === 'KeyN') return act(current, 'draft'), true;
      if (code === 'KeyC' && current) {
        setOpenId(current.id);
        requestAnimationFrame(() => document.getElementById(`comment-${current.id}`)?.focus());
        return true;
      }
      return false;
    })();
    if (handled) event.preventDefault();
  };
  // The document listener is added once and calls the latest handler, which sees the current state.
  const shortcut = useRef(onShortcut);
  useEffect(() => {
    shortcut.current = onShortcut;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => shortcut.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  useEffect(() => {
    if (!notice) return;
    // A notice with an undo stays longer, so there is time to use it.
    const timer = setTimeout(() => setNotice(null), notice.undo ? 20_000 : 8000);
    return () => clearTimeout(timer);
  }, [notice]);

  // The checks this report has, and the one a link asked for even if the report has none of it.
  const presentChecks = checkIds.filter((id) => id === filters.check || data.segments.some((s) => s.checks.some((c) => c.id === id)));
  const { approved, total } = data.progress;

  return (
    <section aria-label={t('title')} className="space-y-4 font-ui">
      <div className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
          <span data-testid="progress-text" data-num suppressHydrationWarning>
            {t('progress', { approved, total })}
          </span>
          {canEdit && <span className="needs-js text-muted max-sm:hidden">{t('workbench.keysHint')}</span>}
        </div>
        <div
          role="progressbar"
          aria-label={t('queue.progress')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={approved}
          aria-valuetext={t('progress', { approved, total })}
          className="h-2 overflow-hidden rounded-full bg-surface"
        >
          <div className="h-full rounded-full bg-brand transition-[width]" style={{ width: `${total ? (approved / total) * 100 : 0}%` }} />
        </div>
      </div>

      <form
        method="get"
        aria-label={t('filters.label')}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-line p-3 text-sm"
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="grid gap-1">
          {t('filters.state')}
          <select name="state" value={filters.state ?? ''} onChange={(e) => updateFilters({ ...filters, state: (e.target.value || undefined) as Filters['state'] })} className="min-h-11 rounded border border-line bg-paper px-2">
            <option value="">{t('filters.any')}</option>
            {segmentStates.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          {t('filters.check')}
          <select name="check" value={filters.check ?? ''} onChange={(e) => updateFilters({ ...filters, check: (e.target.value || undefined) as Filters['check'] })} className="min-h-11 rounded border border-line bg-paper px-2">
            <option value="">{t('filters.any')}</option>
            {presentChecks.map((id) => (
              <option key={id} value={id}>
                {t(`checkNames.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          {t('filters.severity')}
          <select
            name="severity"
            value={filters.severity ?? ''}
            onChange={(e) => updateFilters({ ...filters, severity: (e.target.value || undefined) as Filters['severity'] })}
            className="min-h-11 rounded border border-line bg-paper px-2"
          >
            <option value="">{t('filters.any')}</option>
            <option value="error">{t('severity.error')}</option>
            <option value="warning">{t('severity.warning')}</option>
          </select>
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="stale" value="1" checked={filters.stale} onChange={(e) => updateFilters({ ...filters, stale: e.target.checked })} className="size-5" />
          {t('filters.staleOnly')}
        </label>
        <noscript>
          <button type="submit" className="min-h-11 rounded-full border border-line px-4">
            {t('filters.apply')}
          </button>
        </noscript>
        <a
          href="?"
          onClick={(e) => {
            e.preventDefault();
            updateFilters({ stale: false });
          }}
          className="inline-flex min-h-11 items-center rounded-full px-3 text-link underline"
        >
          {t('filters.clear')}
        </a>
        <span className="ms-auto text-muted" data-testid="shown-count" data-num suppressHydrationWarning>
          {t('workbench.shown', { shown: visible.length, total: data.segments.length })}
        </span>
      </form>

      {canEdit && (
        <div className="needs-js flex flex-wrap items-center gap-3 text-sm">
          {confirming ? (
            <div role="group" aria-labelledby="batch-confirm" className="flex flex-wrap items-center gap-3 rounded-lg border border-line p-3">
              <p id="batch-confirm" className="max-w-prose">
                {t('workbench.approveCleanConfirm', { count: batch.length })}
              </p>
              <button
                type="button"
                autoFocus
                onClick={() => {
                  setConfirming(false);
                  approveClean.mutate(batch);
                }}
                className="min-h-11 rounded-full bg-ink px-4 text-paper"
              >
                {t('workbench.approveCleanYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)} className="min-h-11 rounded-full border border-line px-4">
                {t('reason.cancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              disabled={batch.length === 0 || approveClean.isPending}
              onClick={() => setConfirming(true)}
              className="min-h-11 rounded-full bg-ink px-4 text-paper disabled:opacity-50"
            >
              {t('workbench.approveClean')} ({batch.length})
            </button>
          )}
        </div>
      )}

      {/* Notices float at the foot of the screen, so a reviewer working far down the table still sees them. */}
      <div
        role="status"
        aria-live="polite"
        className={`fixed inset-x-3 bottom-3 z-30 mx-auto flex max-w-xl items-center gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg empty:hidden ${
          notice?.tone === 'error' ? 'border-pending-ink bg-paper font-semibold text-pending-ink' : 'border-line bg-paper text-ink'
        }`}
      >
        {notice && (
          <>
            <p className="flex-1">{notice.text}</p>
            {notice.undo && (
              <button
                type="button"
                disabled={undoBatch.isPending}
                onClick={() => {
                  undoBatch.mutate(notice.undo!);
                  setNotice(null);
                }}
                className="min-h-11 rounded-full border border-line px-4 font-semibold"
              >
                {t('workbench.undo')}
              </button>
            )}
          </>
        )}
      </div>

      {visible.length === 0 ? (
        <p>{t('workbench.none')}</p>
      ) : (
        <table className="w-full border-collapse text-sm max-md:block">
          <thead className="max-md:sr-only">
            <tr className="border-b-2 border-line text-start">
              <th scope="col" className="p-2 text-start font-semibold">
                {t('workbench.segment')}
              </th>
              <th scope="col" className="p-2 text-start font-semibold">
                {t('workbench.source', { language: data.segments[0]?.sourceLang ?? 'en' })}
              </th>
              <th scope="col" className="p-2 text-start font-semibold">
                {t('workbench.target', { language: data.segments[0]?.targetLang ?? 'ar' })}
              </th>
              <th scope="col" className="p-2 text-start font-semibold">
                {t('workbench.checks')} · {t('workbench.state')}
              </th>
            </tr>
          </thead>
          {visible.map((segment) => (
            <SegmentRow
              key={segment.id}
              slug={initial.slug}
              segment={segment}
              locale={locale}
              current={segment.id === current?.id}
              open={openId === segment.id}
              canEdit={canEdit}
              rowRef={(el) => {
                if (el) rows.current.set(segment.id, el);
                else rows.current.delete(segment.id);
              }}
              onFocus={() => setCurrentId(segment.id)}
              onAct={(state) => act(segment, state)}
              onToggle={() => setOpenId((id) => (id === segment.id ? null : segment.id))}
              onCommented={() => {
                queryClient.setQueryData<WorkbenchData>(key, (old) => old && withSegment(old, { ...segment, comments: segment.comments + 1 }));
                announce(t('comments.added'));
              }}
              onError={(code) => announce(t(`errors.${code}`, { segment: segment.id }), 'error')}
            />
          ))}
        </table>
      )}

      <ReasonDialog
        segment={reasonFor}
        onCancel={() => setReasonFor(null)}
        onSubmit={(reason) => {
          if (reasonFor) changeState.mutate({ segment: reasonFor, state: 'approved', reason });
          setReasonFor(null);
        }}
      />
      <HelpDialog open={helpOpen} canEdit={canEdit} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
