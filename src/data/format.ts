/** How figures read in Chinese text, tables and tooltips. Pure. */
import type { Figure, FigureKind } from './schema.ts';

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

/** A figure as printed: ranks read 第N位, everything else value + unit. */
export function formatFigure(f: Pick<Figure, 'value' | 'unit' | 'kind'>): string {
  return f.kind === 'rank' ? `第${String(f.value)}${f.unit || '位'}` : formatValue(f.value, f.unit);
}
