import type { SegmentState } from '@/lib/review/states';

// Each state has its own mark as well as its colour, so it reads without colour too.
const marks: Record<SegmentState, string> = { missing: '○', draft: '◐', translated: '●', reviewed: '✓', approved: '✔' };
const styles: Record<SegmentState, string> = {
  missing: 'border-line text-muted',
  draft: 'border-pending-ink/50 bg-pending text-pending-ink',
  translated: 'border-line text-ink',
  reviewed: 'border-brand/60 text-brand',
  approved: 'border-brand bg-brand text-brand-ink',
};

export function StateBadge({ state, label }: { state: SegmentState; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs leading-ui font-semibold whitespace-nowrap ${styles[state]}`}>
      <span aria-hidden="true">{marks[state]}</span>
      {label}
    </span>
  );
}
