/**
 * A chart drawn off the page arrives as a plain tree of SVG elements, which
 * crosses from a worker by structured clone and becomes DOM in one pass.
 *
 * The tree is cleaned on the way in: no `<style>` (ECharts' hover rules),
 * no `style` strings (a page with `style-src 'self'` refuses inline style
 * attributes; properties set through the CSSOM are allowed), and ECharts'
 * data markers renamed to `data-series` / `data-index`, which our own
 * stylesheet animates.
 */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string>;
  /** Properties for `element.style`, from the renderer's `style` strings. */
  style?: Record<string, string>;
  text?: string;
  children?: SvgNode[];
}

/** The shape of a zrender SVG vnode (`painter.renderToVNode()`), as far as we read it. */
export interface ZrVNode {
  tag: string;
  attrs?: Record<string, string | number | undefined>;
  text?: string;
  children?: ZrVNode[];
}

const RENAMED: Record<string, string> = { ecmeta_series_index: 'data-series', ecmeta_data_index: 'data-index' };

/** Splits `font-size:12px;font-family:"A", b;` into properties, keeping quoted commas and semicolons. */
export function parseStyle(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const decl of text.match(/(?:[^;"']|"[^"]*"|'[^']*')+/g) ?? []) {
    const at = decl.indexOf(':');
    if (at < 0) continue;
    const name = decl.slice(0, at).trim();
    const value = decl.slice(at + 1).trim();
    if (name && value) out[name] = value;
  }
  return out;
}

export function fromZrVNode(node: ZrVNode): SvgNode | null {
  if (node.tag === 'style') return null;
  const attrs: Record<string, string> = {};
  let style: Record<string, string> | undefined;
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'style') style = parseStyle(String(value));
    else if (key === 'class' || key.startsWith('ecmeta_')) {
      if (RENAMED[key]) attrs[RENAMED[key]] = String(value);
    } else attrs[key] = String(value);
  }
  const out: SvgNode = { tag: node.tag, attrs };
  if (style) out.style = style;
  if (node.text) out.text = node.text;
  const children = (node.children ?? []).map(fromZrVNode).filter((c): c is SvgNode => !!c);
  if (children.length) out.children = children;
  return out;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Builds the tree as DOM in the given document (namespace declarations are the DOM's own business). */
export function buildSvg(node: SvgNode, doc: Document = document): SVGElement {
  const el: SVGElement = doc.createElementNS(SVG_NS, node.tag);
  for (const [key, value] of Object.entries(node.attrs)) {
    if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
    if (key.startsWith('xlink:')) el.setAttributeNS(XLINK_NS, key, value);
    else el.setAttribute(key, value);
  }
  for (const [name, value] of Object.entries(node.style ?? {})) el.style.setProperty(name, value);
  if (node.text) el.textContent = node.text;
  for (const child of node.children ?? []) el.append(buildSvg(child, doc));
  return el;
}
