/**
 * Whether a graphic's words can be read on a phone: the size each piece of text is drawn at (an SVG
 * label's font size times the scale its drawing is shown at, or an HTML text's computed size), and
 * labels drawn over each other. Runs in the page (sent as source, so any WebDriver client can run it).
 */

export interface Legibility {
  /** Each text drawn smaller than the floor: its words and its size in CSS px. */
  small: { text: string; px: number }[];
  /** Pairs of labels whose boxes overlap by more than a sliver. */
  overlaps: [string, string][];
  /** How many texts were looked at. */
  texts: number;
}

/** Argument: the smallest size in px. Looks at the graphic now shown (story, present mode or embed). */
export const MEASURE_LEGIBILITY = `
  const floor = arguments[0];
  const graphic = document.querySelector('jh-scroller [slot="graphic"], .deck__graphic, .embed__graphic');
  const el = graphic && graphic.querySelector(':scope > :not([hidden]):not(noscript):not(.embed__ghost)');
  const out = { small: [], overlaps: [], texts: 0 };
  if (!el || !el.shadowRoot) return out;
  const root = el.shadowRoot;
  const shown = (node) => {
    for (let n = node; n && n !== root; n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement) {
      const style = getComputedStyle(n);
      if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
    }
    return true;
  };
  // Closed data tables and visually hidden text are not drawn.
  const hidden = (node) => !!node.closest('details:not([open]) > :not(summary), .visually-hidden, title, desc');
  const boxes = [];
  for (const t of root.querySelectorAll('text')) {
    const words = t.textContent.trim();
    if (!words || hidden(t) || !shown(t)) continue;
    const ctm = t.getScreenCTM();
    const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
    const px = parseFloat(getComputedStyle(t).fontSize) * scale;
    out.texts++;
    if (px < floor - 0.25) out.small.push({ text: words.slice(0, 24), px: Math.round(px * 10) / 10 });
    const r = t.getBoundingClientRect();
    if (r.width && r.height) boxes.push({ words, r });
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    const words = n.textContent.trim();
    if (!words || !parent || parent.closest('svg') || hidden(parent) || !shown(parent)) continue;
    const px = parseFloat(getComputedStyle(parent).fontSize);
    out.texts++;
    if (px < floor - 0.25) out.small.push({ text: words.slice(0, 24), px });
  }
  // A sliver of overlap (descenders, a rounding pixel) is not two labels over each other.
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r, b = boxes[j].r;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 2 && h > Math.min(a.height, b.height) * 0.3) out.overlaps.push([boxes[i].words.slice(0, 16), boxes[j].words.slice(0, 16)]);
    }
  return out;
`;
