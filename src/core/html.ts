/** Escaping for pre-rendered HTML. */
export const esc = (s: string | number): string =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON safe to place inside a <script type="application/json"> element. */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** Text of the step's first heading, without markup (the figures it cites print as their values). */
export function headingText(html: string): string {
  const h = /<h2>([\s\S]*?)<\/h2>/.exec(html)?.[1] ?? '';
  return h
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The site's icons, as PNG: Chrome decodes a page's SVG icon on the page's main thread, building
 * a whole SVG document for it (10-28 ms on a phone-class CPU, a long task after first paint).
 */
export const ICON_LINKS = '<link rel="icon" href="/favicon.png" sizes="32x32" type="image/png">\n<link rel="apple-touch-icon" href="/apple-touch-icon.png">';
