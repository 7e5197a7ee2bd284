/**
 * HTML written as text (pages at build, embed codes in the share dialog), through a tagged template
 * that escapes by default: `html\`<p>${text}</p>\`` escapes `text`; only what is marked as trusted
 * HTML (`trusted(markup)`, or another `html` template) goes in as markup. Lists are joined, and
 * null, undefined and false print nothing, so conditional parts read as plain expressions.
 * (The shape of Observable Framework's `html`.)
 */

/** Markup that is already safe to place in a page. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for an element's content or a quoted attribute value. */
export const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => ENTITY[c]!);

/** What a template takes: text and numbers (escaped), markup, lists of them, and nothing (null, undefined, false). */
export type Value = string | number | Html | null | undefined | false | readonly Value[];

/** A value in a template: markup as is, lists joined, nothing for null, undefined and false, else escaped text. */
function markup(value: Value): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return (value as readonly Value[]).map(markup).join('');
  if (value === null || value === undefined || value === false) return '';
  return esc(value as string | number);
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += markup(v) + strings[i + 1]!));
  return new Html(out);
}

/** Parts joined with a separator (a template joins a list with nothing between). */
export const joined = (parts: readonly Html[], separator = '\n'): Html => new Html(parts.map((p) => p.markup).join(separator));

/**
 * Mark a string as markup. Only for HTML this code base made safe: markdown-it's output (raw HTML
 * off, src/build/read/markdown.ts), JSON made safe for a script element, a stylesheet we wrote.
 */
export const trusted = (markup: string): Html => new Html(markup);

/** JSON safe to place inside a <script type="application/json"> element. */
export const jsonForScript = (value: unknown): Html =>
  trusted(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );

const DECODE: Record<string, string> = Object.fromEntries(Object.entries(ENTITY).map(([c, e]) => [e, c]));

/** Text of the step's first heading, without markup (the figures it cites print as their values). */
export function headingText(markup: string): string {
  const h = /<h2>([\s\S]*?)<\/h2>/.exec(markup)?.[1] ?? '';
  return h
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => DECODE[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}
