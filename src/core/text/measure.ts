/** Sizes and coordinates of drawn text, estimated without a font or a DOM (layouts run in Node and workers too). Pure. */

/** Estimated width of a label, px: Chinese characters are about one em, others about half. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.55;
  return w;
}

/** `n` to `digits` decimals, for coordinates written into SVG (shorter paths, stable snapshots). */
export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
