/**
 * Greedy label placement: each label tries right, left, above and below its
 * anchor and takes the first spot that overlaps no label placed before it and
 * stays inside the box; labels with no free spot are dropped (their marker
 * stays, and the data table still names them). Pure; text width is estimated.
 */

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
}

export interface PlacedLabel extends LabelRequest {
  side: LabelSide;
  /** Text anchor position. */
  tx: number;
  ty: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Estimated width of a label: CJK characters are about one em, others about half. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? fontSize : fontSize * 0.55;
  return w;
}

export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  { fontSize = 12, gap = 8, blocked = [] as Box[] } = {},
): PlacedLabel[] {
  const taken: Box[] = [...blocked];
  const out: PlacedLabel[] = [];
  for (const r of requests) {
    const w = textWidth(r.text, fontSize);
    const h = fontSize * 1.2;
    const options: [LabelSide, number, number, PlacedLabel['anchor'], Box][] = [
      ['right', r.x + gap, r.y + fontSize * 0.35, 'start', { x0: r.x + gap, y0: r.y - h / 2, x1: r.x + gap + w, y1: r.y + h / 2 }],
      ['left', r.x - gap, r.y + fontSize * 0.35, 'end', { x0: r.x - gap - w, y0: r.y - h / 2, x1: r.x - gap, y1: r.y + h / 2 }],
      ['top', r.x, r.y - gap, 'middle', { x0: r.x - w / 2, y0: r.y - gap - h, x1: r.x + w / 2, y1: r.y - gap }],
      ['bottom', r.x, r.y + gap + fontSize, 'middle', { x0: r.x - w / 2, y0: r.y + gap, x1: r.x + w / 2, y1: r.y + gap + h }],
    ];
    const fit = options.find(([, , , , b]) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height && !taken.some((t) => overlaps(t, b)));
    if (!fit) continue;
    const [side, tx, ty, anchor, box] = fit;
    taken.push(box);
    out.push({ ...r, side, tx, ty, anchor });
  }
  return out;
}
