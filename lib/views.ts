/** The three ways to read a report, chosen by `?view=` (single is the default and has no parameter). */
export const views = ['single', 'parallel', 'interleaved'] as const;
export type View = (typeof views)[number];

export const pairedViews = ['parallel', 'interleaved'] as const satisfies readonly View[];
export type PairedView = (typeof pairedViews)[number];

export function isPairedView(value: string): value is PairedView {
  return (pairedViews as readonly string[]).includes(value);
}

export function reportHref(slug: string, view: View = 'single'): string {
  return view === 'single' ? `/reports/${slug}` : `/reports/${slug}?view=${view}`;
}
