/**
 * Option builder for bar and line charts of figures. Pure: figures and
 * colours in, a plain ECharts option out, so it is tested as data.
 * Targets never look like actuals: hatched, outlined and labelled 目标.
 */
import type { Figure } from '../../core/schema/data.ts';
import { formatFigure, KIND_LABEL } from '../../core/text/format.ts';
import type { ColorTokens } from '../../core/tokens.ts';

export type FigureChartType = 'bar' | 'line';

export interface FigureChartInput {
  type: FigureChartType;
  figures: readonly Figure[];
  colors: ColorTokens;
  fontFamily: string;
  /** A label per figure from the story, printed under its period. */
  labels?: readonly string[];
  /** Narrow charts get smaller type and fewer gridlines. */
  narrow?: boolean;
}

/**
 * Category label under each bar: the period, plus the kind when it is not a
 * plain actual, plus the story's own label for it when it gives one (so two
 * scopes of one quantity do not read as one series over time).
 */
export function categoryLabel(f: Figure, label?: string): string {
  const base = f.kind === 'actual' || f.kind === 'rank' ? f.period : `${f.period}\n${KIND_LABEL[f.kind]}`;
  return label ? `${base}\n${label}` : base;
}

function styleFor(f: Figure, c: ColorTokens) {
  if (f.kind === 'target')
    return {
      color: c.surface,
      borderColor: c.target,
      borderWidth: 2,
      borderType: 'dashed' as const,
      decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4, color: c.target },
    };
  if (f.kind === 'cumulative') return { color: c.surface, borderColor: c.accent, borderWidth: 2 };
  return { color: c.accent };
}

/** Years as numbers when every period is a plain year, so a line's gaps in time keep their width. */
export function yearsOf(figures: readonly Figure[]): number[] | null {
  return figures.every((f) => /^\d{4}$/.test(f.period)) ? figures.map((f) => Number(f.period)) : null;
}

/** True when a line would cross years the figures do not cover (drawn dotted). */
export function hasYearGaps(figures: readonly Figure[]): boolean {
  const years = yearsOf(figures.filter((f) => f.kind !== 'target'));
  return !!years && years.some((y, i) => i > 0 && y - years[i - 1]! > 1);
}

export function buildFigureChartOption({ type, figures, labels, colors: c, fontFamily, narrow }: FigureChartInput) {
  const unit = figures[0]?.unit ?? '';
  const years = type === 'line' ? yearsOf(figures) : null;
  const below = labelsBelow(figures, years, narrow);
  const data = figures.map((f, i) => ({
    value: years ? ([years[i]!, f.value] as [number, number]) : f.value,
    name: f.id,
    itemStyle: styleFor(f, c),
    label: {
      show: true,
      position: below.has(i) ? ('bottom' as const) : ('top' as const),
      color: f.kind === 'target' ? c.target : c.text,
      fontWeight: 'bold' as const,
      formatter: `${f.kind === 'target' ? '目标 ' : ''}${formatFigure(f)}`,
    },
  }));
  const textStyle = { fontFamily, color: c.text, fontSize: narrow ? 12 : 14 };
  return {
    animationDuration: 500,
    textStyle,
    // ECharts 6 keeps the axis labels inside the box by default (outerBoundsMode 'auto').
    grid: { left: 8, right: 8, top: 36, bottom: 8 },
    xAxis: years
      ? {
          type: 'value' as const,
          // A year of margin (its tick unlabelled) keeps the end labels inside the plot.
          min: Math.min(...years) - 1,
          max: Math.max(...years) + 1,
          interval: 1,
          axisLine: { lineStyle: { color: c.muted } },
          axisLabel: { color: c.text, fontSize: textStyle.fontSize, showMinLabel: false, showMaxLabel: false, formatter: String },
          splitLine: { show: false },
        }
      : {
          type: 'category' as const,
          data: figures.map((f, i) => categoryLabel(f, labels?.[i])),
          axisLine: { lineStyle: { color: c.muted } },
          axisTick: { show: false },
          axisLabel: { color: c.text, fontSize: textStyle.fontSize, interval: 0, width: narrow ? 90 : 160, overflow: 'break' as const },
        },
    yAxis: {
      type: 'value' as const,
      name: unit,
      nameTextStyle: { color: c.muted, align: 'left' as const },
      axisLabel: { color: c.muted },
      splitLine: { lineStyle: { color: c.rule } },
      splitNumber: narrow ? 3 : 5,
      // Room above the tallest bar or point for its value, clear of the unit over the axis.
      boundaryGap: [0, '18%'] as [number, string],
    },
    series: type === 'bar' ? [{ type: 'bar' as const, data, barMaxWidth: 72 }] : lineSeries(figures, data, c),
  };
}
/**
 * On a narrow line chart, points a year or two apart print their values over each other: of each
 * such pair the lower point's value goes below it (the line leaves it upwards, or arrives from above).
 */
export function labelsBelow(figures: readonly Figure[], years: number[] | null, narrow = false): Set<number> {
  const below = new Set<number>();
  if (!years || !narrow) return below;
  for (let i = 0; i + 1 < figures.length; i++) {
    if (years[i + 1]! - years[i]! > 2 || below.has(i)) continue;
    below.add(figures[i]!.value <= figures[i + 1]!.value ? i : i + 1);
  }
  return below;
}

type Point = { value: number | [number, number] } | null;

/**
 * Actuals as a solid line between consecutive years and a dotted one across
 * years the sources do not give (so no trend is implied where there is no
 * data); the step to each target is dashed, so a plan never reads as a result.
 */
function lineSeries(figures: readonly Figure[], data: Point[], c: ColorTokens) {
  const years = yearsOf(figures);
  const isTarget = (i: number) => figures[i]!.kind === 'target';
  const lastActual = figures.findLastIndex((f) => f.kind !== 'target');
  const gapAfter = (i: number) => !!years && i + 1 < figures.length && !isTarget(i + 1) && years[i + 1]! - years[i]! > 1;
  const solid: Point[] = [];
  const dotted: Point[] = [];
  data.forEach((d, i) => {
    if (isTarget(i)) return;
    solid.push(d);
    if (gapAfter(i)) solid.push(null);
    dotted.push(gapAfter(i) || (i > 0 && gapAfter(i - 1)) ? d : null);
    if (i > 0 && gapAfter(i - 1) && gapAfter(i)) dotted.push(null, d);
  });
  const dashed = data.map((d, i) => (isTarget(i) || i === lastActual ? d : null));
  const line = (color: string, type: 'solid' | 'dashed' | 'dotted', points: Point[], showSymbol = true) => ({
    type: 'line' as const,
    symbolSize: 10,
    showSymbol,
    connectNulls: false,
    lineStyle: { color, width: type === 'dotted' ? 2 : 3, type },
    itemStyle: { color },
    data: points,
  });
  const hideLabel = (d: Point) => (d && typeof d === 'object' ? { ...d, label: { show: false } } : d);
  return [
    line(c.accent, 'solid', solid),
    line(c.muted, 'dotted', dotted.map(hideLabel), false),
    line(
      c.target,
      'dashed',
      dashed.map((d, i) => (i === lastActual ? hideLabel(d) : d)),
    ),
  ];
}

export type FigureChartOption = ReturnType<typeof buildFigureChartOption>;
