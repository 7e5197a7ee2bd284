/**
 * Treemap of parts of a whole, data → placed (d3-hierarchy). The whole is a
 * figure from the sources; what its named parts leave over is drawn as an
 * unnumbered “rest” tile, because the sources give it no figure of its own.
 * Pure; tested in Node.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import type { Figure } from '../../core/schema/data.ts';
import { round, textWidth } from '../../core/text/measure.ts';

export interface TreemapInput {
  parts: readonly Figure[];
  total?: Figure;
  /** Label of the remainder tile, e.g. 其余七条产业链（未单列）. */
  rest?: string;
}

export interface PlacedTile {
  /** Figure id, or `rest`. */
  id: string;
  figure?: Figure;
  label: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Why the input cannot be drawn honestly, or '' when it can. */
export function treemapProblem({ parts, total }: TreemapInput): string {
  if (!parts.length) return '没有要画的部分（figures 为空）';
  const units = new Set([...parts, ...(total ? [total] : [])].map((f) => f.unit));
  if (units.size > 1) return `各部分须同一单位，现有：${[...units].join('、')}`;
  const kinds = new Set([...parts, ...(total ? [total] : [])].map((f) => f.kind));
  if (kinds.size > 1) return '实际值与目标值不能画在同一个整体里';
  if (parts.some((p) => p.value <= 0)) return '树图只能画正数';
  const sum = parts.reduce((s, p) => s + p.value, 0);
  if (total && sum > total.value) return `各部分之和（${sum}）大于总量（${total.value}），口径可能不同`;
  return '';
}

export function placeTreemap({ parts, total, rest = '其余部分' }: TreemapInput, width: number, height: number): PlacedTile[] {
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const leftover = total ? total.value - sum : 0;
  type Node = { id: string; figure?: Figure; label: string; value: number };
  const leaves: Node[] = [
    ...parts.map((p) => ({ id: p.id, figure: p, label: p.metric, value: p.value })),
    ...(leftover > 0 ? [{ id: 'rest', label: rest, value: leftover }] : []),
  ];
  const root = hierarchy<{ children?: Node[] } & Partial<Node>>({ children: leaves })
    .sum((d) => d.value ?? 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  treemap<{ children?: Node[] } & Partial<Node>>().tile(treemapSquarify).size([width, height]).paddingInner(3).round(true)(root);
  return root.leaves().map((leaf) => {
    const n = leaf as typeof leaf & { x0: number; y0: number; x1: number; y1: number };
    return {
      id: n.data.id!,
      figure: n.data.figure,
      label: n.data.label!,
      x0: round(n.x0, 1),
      y0: round(n.y0, 1),
      x1: round(n.x1, 1),
      y1: round(n.y1, 1),
    };
  });
}

/**
 * A tile's name in lines that fit `width` (Chinese breaks between any two characters), at most
 * `maxLines`; a name longer than that ends in … (the data table and the spoken description have it
 * whole). None when not one character fits.
 */
export function tileLines(label: string, width: number, maxLines: number, px = 13): string[] {
  const chars = [...label];
  const lines: string[] = [];
  let line = '';
  for (const ch of chars) {
    if (line && textWidth(line + ch, px) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  if (!maxLines || textWidth(chars[0] ?? '', px) > width) return [];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`, px) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
