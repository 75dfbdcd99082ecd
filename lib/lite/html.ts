import escapeHtml from 'escape-html';

// The lite edition's pages are plain HTML strings: no React on the client means no framework markup or scripts.
// Every value put into the template is escaped; only fragments made by `html` itself pass through as markup.

const trusted = Symbol('html');
export type Html = { readonly [trusted]: string };

type Value = string | number | Html | false | null | undefined | Value[];

function render(value: Value): string {
  if (value === false || value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object') return value[trusted];
  return escapeHtml(String(value));
}

/** A fragment of HTML whose interpolated values are escaped as text. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return { [trusted]: strings.reduce((out, part, i) => out + part + (i < values.length ? render(values[i]!) : ''), '') };
}

export function toString(fragment: Html): string {
  return fragment[trusted];
}

/** Markup written in the code itself, never content: the inline stylesheet. */
export function trustedMarkup(markup: string): Html {
  return { [trusted]: markup };
}
