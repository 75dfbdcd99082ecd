/** The three ways to read a report, each at its own address (lib/site/paths.ts): single is the report's own. */
export const views = ['single', 'parallel', 'interleaved'] as const;
export type View = (typeof views)[number];

export const pairedViews = ['parallel', 'interleaved'] as const satisfies readonly View[];
export type PairedView = (typeof pairedViews)[number];

export function isView(value: string): value is View {
  return (views as readonly string[]).includes(value);
}

export function isPairedView(value: string): value is PairedView {
  return (pairedViews as readonly string[]).includes(value);
}
