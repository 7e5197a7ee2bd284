/**
 * Greedy label placement: each label tries right, left, above and below its
 * anchor and takes the first spot that overlaps no label placed before it and
 * stays inside the box; labels with no free spot are dropped (their marker
 * stays, and the data table still names them). A spot that crosses none of
 * the drawn `lines` is preferred, at the anchor or at one of its `along`
 * points (a route's name may sit anywhere on it); failing that, a label may
 * cross a line, its halo keeping it readable. Pure; text width is estimated.
 */
import { textWidth } from '../text/measure.ts';

export { textWidth };

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface LabelRequest {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Other anchors, in order of preference, for a spot clear of the lines (points along a route). */
  along?: [number, number][];
}

/** A drawn line on screen, as its points. */
export type Polyline = [number, number][];

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

/**
 * Whether the segment from `p` to `q` passes through the box (Liang–Barsky clipping). Called for
 * every segment of every route in each frame of a zoom and for every spot a label tries, so it
 * allocates nothing and settles most segments (both ends off one side of the box) at once.
 */
export function segmentCrosses([px, py]: readonly [number, number], [qx, qy]: readonly [number, number], b: Box): boolean {
  if ((px < b.x0 && qx < b.x0) || (px > b.x1 && qx > b.x1) || (py < b.y0 && qy < b.y0) || (py > b.y1 && qy > b.y1)) return false;
  const dx = qx - px;
  const dy = qy - py;
  let t0 = 0;
  let t1 = 1;
  // The four edges as (p, q): p < 0 enters the box, p > 0 leaves it, p = 0 runs parallel (outside if q < 0).
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q = edge === 0 ? px - b.x0 : edge === 1 ? b.x1 - px : edge === 2 ? py - b.y0 : b.y1 - py;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** A line and its bounding box: a label's spot clear of the box is clear of the line. */
interface BoundedLine {
  line: Polyline;
  box: Box;
}

const bounded = (line: Polyline): BoundedLine => {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const [x, y] of line) {
    box.x0 = Math.min(box.x0, x);
    box.y0 = Math.min(box.y0, y);
    box.x1 = Math.max(box.x1, x);
    box.y1 = Math.max(box.y1, y);
  }
  return { line, box };
};

const crossesAny = (lines: readonly BoundedLine[], b: Box) =>
  lines.some(({ line, box }) => {
    if (!(box.x0 <= b.x1 && b.x0 <= box.x1 && box.y0 <= b.y1 && b.y0 <= box.y1)) return false;
    for (let i = 1; i < line.length; i++) if (segmentCrosses(line[i - 1]!, line[i]!, b)) return true;
    return false;
  });

/** Points at fractions of a polyline's length, for `along`: the middle first, then outwards. */
export function pointsAlong(line: Polyline, fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]): [number, number][] {
  const lengths = line.map((p, i) => (i ? Math.hypot(p[0] - line[i - 1]![0], p[1] - line[i - 1]![1]) : 0));
  const total = lengths.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return line.slice(0, 1);
  return fractions.map((f) => {
    let left = f * total;
    let i = 1;
    while (i < line.length - 1 && left > lengths[i]!) left -= lengths[i++]!;
    const [a, b] = [line[i - 1]!, line[i]!];
    const t = lengths[i]! ? left / lengths[i]! : 0;
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  });
}

export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  { fontSize = 12, gap = 8, blocked = [] as Box[], lines = [] as Polyline[] } = {},
): PlacedLabel[] {
  const clear = place(requests, width, height, fontSize, gap, blocked, lines.map(bounded));
  if (!lines.length) return clear;
  // Keeping clear of the lines must not cost a label its place: one label moved for a clear spot
  // can take the only free spot of another. Then every label takes its first free spot, as it would
  // with no lines.
  const free = place(requests, width, height, fontSize, gap, blocked, []);
  const shown = new Set(clear.map((l) => l.id));
  return free.every((l) => shown.has(l.id)) ? clear : free;
}

function place(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  fontSize: number,
  gap: number,
  blocked: Box[],
  lines: BoundedLine[],
): PlacedLabel[] {
  const taken: Box[] = [...blocked];
  const out: PlacedLabel[] = [];
  for (const r of requests) {
    const w = textWidth(r.text, fontSize);
    const h = fontSize * 1.2;
    const spots = ([x, y]: [number, number]): [LabelSide, number, number, PlacedLabel['anchor'], Box, [number, number]][] => [
      ['right', x + gap, y + fontSize * 0.35, 'start', { x0: x + gap, y0: y - h / 2, x1: x + gap + w, y1: y + h / 2 }, [x, y]],
      ['left', x - gap, y + fontSize * 0.35, 'end', { x0: x - gap - w, y0: y - h / 2, x1: x - gap, y1: y + h / 2 }, [x, y]],
      ['top', x, y - gap, 'middle', { x0: x - w / 2, y0: y - gap - h, x1: x + w / 2, y1: y - gap }, [x, y]],
      ['bottom', x, y + gap + fontSize, 'middle', { x0: x - w / 2, y0: y + gap, x1: x + w / 2, y1: y + gap + h }, [x, y]],
    ];
    const options = [[r.x, r.y] as [number, number], ...(r.along ?? [])].flatMap(spots);
    const free = options.filter(
      ([, , , , b]) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height && !taken.some((t) => overlaps(t, b)),
    );
    const fit = free.find(([, , , , b]) => !crossesAny(lines, b)) ?? free[0];
    if (!fit) continue;
    const [side, tx, ty, anchor, box, [x, y]] = fit;
    taken.push(box);
    const { along: _along, ...label } = r;
    out.push({ ...label, x, y, side, tx, ty, anchor });
  }
  return out;
}
