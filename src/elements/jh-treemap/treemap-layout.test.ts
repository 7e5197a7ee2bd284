import { describe, expect, it } from 'vitest';
import type { Figure } from '../../core/schema/data.ts';
import { placeTreemap, treemapProblem } from './treemap-layout.ts';

const fig = (id: string, value: number, kind: Figure['kind'] = 'target', unit = '亿元'): Figure => ({
  id,
  metric: id,
  value,
  unit,
  period: '2024',
  place: '金华市',
  kind,
  source: '000',
  evidence: String(value),
});
const total = fig('total', 4500);
const parts = [fig('pv', 1600), fig('nev', 1000), fig('tools', 500)];

describe('treemap', () => {
  it('gives each part an area in proportion to its value, and the rest to the unnamed remainder', () => {
    const tiles = placeTreemap({ parts, total, rest: '其余七条' }, 450, 100);
    const area = (id: string) => {
      const t = tiles.find((x) => x.id === id)!;
      return (t.x1 - t.x0) * (t.y1 - t.y0);
    };
    expect(tiles.map((t) => t.id).sort()).toEqual(['nev', 'pv', 'rest', 'tools']);
    expect(area('pv') / area('tools')).toBeGreaterThan(2.6);
    expect(area('pv') / area('tools')).toBeLessThan(3.9);
    expect(tiles.find((t) => t.id === 'rest')!.label).toBe('其余七条');
    expect(tiles.find((t) => t.id === 'rest')!.figure).toBeUndefined();
  });

  it('refuses to mix actuals and targets, units, or parts larger than the whole', () => {
    expect(treemapProblem({ parts: [fig('a', 1), fig('b', 2, 'actual')] })).toMatch(/实际值与目标值/);
    expect(treemapProblem({ parts: [fig('a', 1), fig('b', 2, 'target', '%')] })).toMatch(/同一单位/);
    expect(treemapProblem({ parts, total: fig('t', 3000) })).toMatch(/大于总量/);
    expect(treemapProblem({ parts, total })).toBe('');
  });
});
