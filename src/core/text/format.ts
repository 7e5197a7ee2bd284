/** How figures read in Chinese text, tables and tooltips. Pure. */
import type { Figure, FigureKind } from '../schema/data.ts';

export const KIND_LABEL: Readonly<Record<FigureKind, string>> = {
  actual: '实际',
  target: '目标',
  rank: '排名',
  cumulative: '累计',
};

/** The value exactly as the source writes it (no rounding), followed by its unit. */
export function formatValue(value: number, unit: string): string {
  return `${String(value)}${unit}`;
}

/** A figure as printed: ranks read 第N位, everything else value + unit, with its bound (超…, …以上, 约…). */
export function formatFigure(f: Pick<Figure, 'value' | 'unit' | 'kind'> & { bound?: Figure['bound'] }): string {
  if (f.kind === 'rank') return `第${String(f.value)}${f.unit || '位'}`;
  const v = formatValue(f.value, f.unit);
  return f.bound === 'over' ? `超${v}` : f.bound === 'at-least' ? `${v}以上` : f.bound === 'about' ? `约${v}` : v;
}
