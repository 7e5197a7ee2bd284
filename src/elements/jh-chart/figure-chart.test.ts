import { describe, expect, it } from 'vitest';
import type { Figure } from '../../core/schema/data.ts';
import { tokens } from '../../core/tokens.ts';
import { buildFigureChartOption, categoryLabel, labelsBelow, yearsOf } from './figure-chart.ts';

const fig = (id: string, value: number, period: string, kind: Figure['kind'] = 'actual'): Figure => ({
  id,
  metric: '班列',
  value,
  unit: '列',
  period,
  place: '金华市',
  kind,
  source: '000',
  evidence: `${value}列`,
});
const figures = [fig('a', 168, '2017'), fig('b', 2380, '2023'), fig('c', 2500, '2024', 'target')];
const input = { figures, colors: tokens.light, fontFamily: 'sans-serif' };

describe('buildFigureChartOption', () => {
  it('plots each figure once, in order, with its exact value and unit', () => {
    const o = buildFigureChartOption({ ...input, type: 'bar' });
    expect(o.xAxis.data).toEqual(['2017', '2023', '2024\n目标']);
    const [series] = o.series;
    expect(series!.data.map((d) => (d as { value: number }).value)).toEqual([168, 2380, 2500]);
    expect(o.yAxis.name).toBe('列');
  });

  it('draws targets hatched, dashed and labelled 目标, actuals solid', () => {
    const data = buildFigureChartOption({ ...input, type: 'bar' }).series[0]!.data as {
      itemStyle: { decal?: unknown; borderType?: string; color: string };
      label: { formatter: string };
    }[];
    expect(data[2]!.itemStyle.decal).toBeDefined();
    expect(data[2]!.itemStyle.borderType).toBe('dashed');
    expect(data[2]!.label.formatter).toBe('目标 2500列');
    expect(data[1]!.itemStyle).toEqual({ color: tokens.light.accent });
    expect(data[1]!.label.formatter).toBe('2380列');
  });

  it('draws a line chart as a solid actual line and a dashed line to the target, on a time axis', () => {
    const option = buildFigureChartOption({ ...input, type: 'line' });
    const [solid, dotted, dashed] = option.series as {
      data: ({ value: [number, number] } | null)[];
      lineStyle: { type: string };
    }[];
    expect(option.xAxis).toMatchObject({ type: 'value', min: 2016, max: 2025 });
    // 2017 → 2023 skips years the sources do not give: dotted, not solid.
    expect(solid!.data.map((d) => d?.value ?? null)).toEqual([[2017, 168], null, [2023, 2380]]);
    expect(dotted!.data.map((d) => d?.value ?? null)).toEqual([
      [2017, 168],
      [2023, 2380],
    ]);
    expect(dotted!.lineStyle.type).toBe('dotted');
    expect(dashed!.data.map((d) => d?.value ?? null)).toEqual([null, [2023, 2380], [2024, 2500]]);
    expect(solid!.lineStyle.type).toBe('solid');
    expect(dashed!.lineStyle.type).toBe('dashed');
  });

  it('prints the story’s own label under a bar, so two scopes do not read as one series', () => {
    const option = buildFigureChartOption({
      ...input,
      figures: [fig('a', 4935.1, '2022'), fig('b', 5092.7, '2023')],
      labels: ['“2+4+X”', '“2+4”'],
      type: 'bar',
    });
    expect(option.xAxis.data).toEqual(['2022\n“2+4+X”', '2023\n“2+4”']);
  });

  it('names cumulative spans under their bar', () => {
    expect(categoryLabel(fig('x', 5939, '2021—2023-06', 'cumulative'))).toBe('2021—2023-06\n累计');
  });
});

describe('labelsBelow', () => {
  const at = (period: string, value: number) => fig(`f${period}`, value, period);

  it('puts the lower of two near years’ values below its point on a narrow chart, and none on a wide one', () => {
    const figures = [at('2017', 3870), at('2022', 5562.47), at('2023', 6011.3)];
    expect([...labelsBelow(figures, yearsOf(figures), true)]).toEqual([1]);
    expect([...labelsBelow(figures, yearsOf(figures), false)]).toEqual([]);
  });

  it('leaves years far apart, and bars (no years), alone', () => {
    const figures = [at('2017', 168), at('2023', 2380)];
    expect([...labelsBelow(figures, yearsOf(figures), true)]).toEqual([]);
    expect([...labelsBelow(figures, null, true)]).toEqual([]);
  });
});
