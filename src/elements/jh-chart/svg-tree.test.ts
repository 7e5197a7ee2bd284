import { describe, expect, it } from 'vitest';
import type { Figure } from '../../core/schema/data.ts';
import { tokens } from '../../core/tokens.ts';
import { renderFigureChart } from './echarts.ts';
import { fromZrVNode, parseStyle, type SvgNode } from './svg-tree.ts';

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
const walk = (n: SvgNode): SvgNode[] => [n, ...(n.children ?? []).flatMap(walk)];

describe('parseStyle', () => {
  it('splits declarations, keeping a quoted font family whole', () => {
    expect(parseStyle('font-size:12px;font-family:"Noto Sans CJK SC", "a;b", sans-serif;')).toEqual({
      'font-size': '12px',
      'font-family': '"Noto Sans CJK SC", "a;b", sans-serif',
    });
    expect(parseStyle('')).toEqual({});
    expect(parseStyle('nonsense;;color:')).toEqual({});
  });
});

describe('fromZrVNode', () => {
  it('drops <style> and classes, turns style strings into properties, renames the data markers', () => {
    const tree = fromZrVNode({
      tag: 'svg',
      attrs: { width: 10, class: 'x' },
      children: [
        { tag: 'path', attrs: { d: 'M0 0', ecmeta_series_index: 0, ecmeta_data_index: 2, ecmeta_ssr_type: 'chart', class: 'zr0-cls-1' } },
        { tag: 'text', attrs: { style: 'font-size:12px;' }, text: '2380列' },
        { tag: 'style', attrs: {}, text: '.zr0-cls-1:hover{}' },
      ],
    });
    expect(tree).toEqual({
      tag: 'svg',
      attrs: { width: '10' },
      children: [
        { tag: 'path', attrs: { d: 'M0 0', 'data-series': '0', 'data-index': '2' } },
        { tag: 'text', attrs: {}, style: { 'font-size': '12px' }, text: '2380列' },
      ],
    });
  });
});

describe('renderFigureChart (ECharts without a DOM, as in the worker)', () => {
  const figures = [fig('a', 168, '2017'), fig('b', 2380, '2023'), fig('c', 2500, '2024', 'target')];
  const tree = renderFigureChart({ type: 'bar', figures, colors: tokens.light, fontFamily: 'sans-serif', width: 360, height: 300 });
  const nodes = walk(tree);

  it('draws an SVG of the asked size with every value label and a bar per figure', () => {
    expect(tree.tag).toBe('svg');
    expect(tree.attrs['viewBox']).toBe('0 0 360 300');
    const texts = nodes.filter((n) => n.tag === 'text').map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining(['168列', '2380列', '目标 2500列', '2017', '2023']));
    expect(nodes.filter((n) => n.attrs['data-series'] === '0').map((n) => n.attrs['data-index'])).toEqual(['0', '1', '2']);
  });

  it('hatches the target with a pattern, and leaves nothing a strict CSP would refuse', () => {
    expect(nodes.some((n) => n.tag === 'pattern')).toBe(true);
    expect(nodes.some((n) => /^url\(#/.test(n.attrs['fill'] ?? ''))).toBe(true);
    expect(nodes.filter((n) => n.tag === 'style' || 'style' in n.attrs || 'class' in n.attrs)).toEqual([]);
  });
});
