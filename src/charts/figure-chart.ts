/**
 * Option builder for bar and line charts of figures. Pure: figures and
 * colours in, a plain ECharts option out, so it is tested as data.
 * Targets never look like actuals: hatched, outlined and labelled 目标.
 */
import type { Figure } from '../data/schema.ts';
import { formatFigure, KIND_LABEL } from '../data/format.ts';
import type { ColorTokens } from '../styles/tokens.ts';

export type FigureChartType = 'bar' | 'line';

export interface FigureChartInput {
  type: FigureChartType;
  figures: readonly Figure[];
  colors: ColorTokens;
  fontFamily: string;
  /** Narrow charts get smaller type and fewer gridlines. */
  narrow?: boolean;
}

/** Category label under each bar: the period, plus the kind when it is not a plain actual. */
export function categoryLabel(f: Figure): string {
  return f.kind === 'actual' || f.kind === 'rank' ? f.period : `${f.period}\n${KIND_LABEL[f.kind]}`;
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

export function buildFigureChartOption({ type, figures, colors: c, fontFamily, narrow }: FigureChartInput) {
  const unit = figures[0]?.unit ?? '';
  const data = figures.map((f) => ({
    value: f.value,
    name: f.id,
    itemStyle: styleFor(f, c),
    label: {
      show: true,
      position: 'top' as const,
      color: f.kind === 'target' ? c.target : c.text,
      fontWeight: 'bold' as const,
      formatter: `${f.kind === 'target' ? '目标 ' : ''}${formatFigure(f)}`,
    },
  }));
  const textStyle = { fontFamily, color: c.text, fontSize: narrow ? 12 : 14 };
  return {
    animationDuration: 500,
    textStyle,
    aria: { enabled: true, decal: { show: false } },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' as const, valueFormatter: (v: unknown) => `${String(v)}${unit}` },
    xAxis: {
      type: 'category' as const,
      data: figures.map(categoryLabel),
      axisLine: { lineStyle: { color: c.muted } },
      axisTick: { show: false },
      axisLabel: { color: c.text, fontSize: textStyle.fontSize, interval: 0 },
    },
    yAxis: {
      type: 'value' as const,
      name: unit,
      nameTextStyle: { color: c.muted, align: 'left' as const },
      axisLabel: { color: c.muted },
      splitLine: { lineStyle: { color: c.rule } },
      splitNumber: narrow ? 3 : 5,
    },
    series: type === 'bar' ? [{ type: 'bar' as const, data, barMaxWidth: 72 }] : lineSeries(figures, data, c),
  };
}
/** Actuals as a solid line; the step to each target as a dashed one, so a plan never reads as a result. */
function lineSeries(figures: readonly Figure[], data: { value: number }[], c: ColorTokens) {
  const lastActual = figures.findLastIndex((f) => f.kind !== 'target');
  const solid = data.map((d, i) => (figures[i]!.kind === 'target' ? null : d));
  const dashed = data.map((d, i) => (figures[i]!.kind === 'target' || i === lastActual ? d : null));
  const line = (dash: boolean) => ({
    type: 'line' as const,
    symbolSize: 10,
    connectNulls: false,
    lineStyle: { color: dash ? c.target : c.accent, width: 3, type: dash ? ('dashed' as const) : ('solid' as const) },
    itemStyle: { color: dash ? c.target : c.accent },
  });
  return [
    { ...line(false), data: solid },
    { ...line(true), data: dashed.map((d, i) => (d && i === lastActual ? { ...d, label: { show: false } } : d)) },
  ];
}

export type FigureChartOption = ReturnType<typeof buildFigureChartOption>;
