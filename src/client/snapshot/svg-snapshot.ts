/**
 * A standalone SVG of what an element shows, shadow roots included: its
 * inline SVG graphics with their computed styles written out as attributes,
 * its text as <text> lines where the browser laid them out, and its boxes
 * with a background or border as rects. Runs in the page at build
 * (scripts/build-embeds.ts), so the file is the real component's drawing.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from computed style onto each SVG element. */
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  // Map outlines are drawn in plane units under a scale; without this their strokes would scale too.
  'vector-effect',
] as const;

const num = (n: number) => String(Math.round(n * 100) / 100);
const escText = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');

const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

function hidden(el: Element): boolean {
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return true;
  if (el.matches('.visually-hidden, details, noscript, script, style, .embed__downloads')) return true;
  const r = el.getBoundingClientRect();
  return r.width < 1 && r.height < 1 && el.localName !== 'svg';
}

/** An inline SVG, cloned with computed presentation attributes, placed at its position in the root. */
function placeSvg(svg: SVGSVGElement, origin: DOMRect): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const copy = target[i]!;
    const style = getComputedStyle(el);
    if (style.display === 'none') {
      copy.setAttribute('display', 'none');
      return;
    }
    for (const p of PRESENTATION) {
      const v = style.getPropertyValue(p);
      if (v && v !== 'normal' && v !== 'auto') copy.setAttribute(p, v);
    }
    copy.removeAttribute('class');
    copy.removeAttribute('style');
    for (const a of [...copy.attributes])
      if (a.name.startsWith('data-') || a.name.startsWith('aria-') || a.name === 'role') copy.removeAttribute(a.name);
  });
  const r = svg.getBoundingClientRect();
  clone.setAttribute('x', num(r.left - origin.left));
  clone.setAttribute('y', num(r.top - origin.top));
  clone.setAttribute('width', num(r.width));
  clone.setAttribute('height', num(r.height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${num(r.width)} ${num(r.height)}`);
  return new XMLSerializer().serializeToString(clone).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '');
}

/** A text node as one <text> per laid-out line. */
function placeText(node: Text, origin: DOMRect): string {
  const parent = node.parentElement!;
  const style = getComputedStyle(parent);
  const range = document.createRange();
  const lines: { text: string; left: number; top: number; height: number }[] = [];
  const chars = [...node.data];
  let offset = 0;
  for (const ch of chars) {
    range.setStart(node, offset);
    range.setEnd(node, offset + ch.length);
    offset += ch.length;
    const rect = range.getClientRects()[0];
    if (!rect || !rect.width) continue;
    const line = lines.at(-1);
    if (line && Math.abs(line.top - rect.top) < rect.height / 2) line.text += ch;
    else lines.push({ text: ch, left: rect.left, top: rect.top, height: rect.height });
  }
  const font = `font-family="${escAttr(style.fontFamily)}" font-size="${style.fontSize}" font-weight="${style.fontWeight}"`;
  const attrs = `${font} fill="${style.color}"`;
  return lines
    .filter((l) => l.text.trim())
    .map((l) => {
      // The glyph box holds ascent and descent; the baseline sits at about 80 % of it in CJK fonts.
      const y = l.top - origin.top + l.height * 0.8;
      const decoration = style.textDecorationLine.includes('underline') ? ' text-decoration="underline"' : '';
      const text = escText(l.text.replace(/^\s+/, ''));
      return `<text x="${num(l.left - origin.left)}" y="${num(y)}" ${attrs}${decoration} xml:space="preserve">${text}</text>`;
    })
    .join('');
}

/** A box's background and border, if it has either. */
function placeBox(el: Element, origin: DOMRect): string {
  const style = getComputedStyle(el);
  const bg = style.backgroundColor;
  const bw = parseFloat(style.borderTopWidth) || 0;
  const border = bw && style.borderTopStyle !== 'none' ? style.borderTopColor : '';
  if (transparent(bg) && (!border || transparent(border))) return '';
  const r = el.getBoundingClientRect();
  const dash =
    style.borderTopStyle === 'dashed'
      ? ` stroke-dasharray="${num(bw * 3)} ${num(bw * 2)}"`
      : style.borderTopStyle === 'dotted'
        ? ` stroke-dasharray="${num(bw)} ${num(bw)}"`
        : '';
  const stroke = border ? ` stroke="${border}" stroke-width="${num(bw)}"${dash}` : '';
  const at = `x="${num(r.left - origin.left + bw / 2)}" y="${num(r.top - origin.top + bw / 2)}"`;
  const size = `width="${num(Math.max(0, r.width - bw))}" height="${num(Math.max(0, r.height - bw))}"`;
  return `<rect ${at} ${size} rx="${num(parseFloat(style.borderTopLeftRadius) || 0)}" fill="${transparent(bg) ? 'none' : bg}"${stroke}/>`;
}

function walk(node: Node, origin: DOMRect, out: string[]): void {
  if (node instanceof Text) {
    if (node.data.trim()) out.push(placeText(node, origin));
    return;
  }
  if (!(node instanceof Element) || hidden(node)) return;
  if (node instanceof SVGSVGElement) {
    out.push(placeSvg(node, origin));
    return;
  }
  out.push(placeBox(node, origin));
  const children = node.shadowRoot ? node.shadowRoot.childNodes : node instanceof HTMLSlotElement ? node.assignedNodes() : node.childNodes;
  for (const child of children) walk(child, origin, out);
}

/** The SVG file of `root` as drawn now; `title` becomes its accessible name. */
export function snapshotSvg(root: Element, title: string): string {
  const origin = root.getBoundingClientRect();
  const bg = getComputedStyle(root).backgroundColor;
  const out: string[] = [];
  for (const child of root.shadowRoot?.childNodes ?? root.childNodes) walk(child, origin, out);
  const [w, h] = [num(origin.width), num(origin.height)];
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="${SVG_NS}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escAttr(title)}">
<title>${escText(title)}</title>
<rect width="100%" height="100%" fill="${transparent(bg) ? '#ffffff' : bg}"/>
${out.filter(Boolean).join('\n')}
</svg>
`;
}
