import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { regions } from '../../geo/topo.ts';
import { placeCountyMap, roleOf, unknownCounties } from './county-layout.ts';

const topo = JSON.parse(readFileSync(new URL('../../../data/geo/jinhua-counties.topo.json', import.meta.url), 'utf8')) as Topology;
const features = regions(topo, 'counties');
const state = { highlight: ['义乌市'], groups: [{ label: '枢纽', counties: ['金东区', '兰溪市'] }], places: [], routes: [] };

describe('county layout', () => {
  it('has the nine county-level units with their GB/T 2260 codes', () => {
    expect(features.map((f) => `${f.properties.code} ${f.properties.name}`)).toEqual([
      '330702 婺城区', '330703 金东区', '330723 武义县', '330726 浦江县', '330727 磐安县',
      '330781 兰溪市', '330782 义乌市', '330783 东阳市', '330784 永康市',
    ]);
  });

  it('gives highlight, group and plain roles', () => {
    expect(roleOf('义乌市', state)).toEqual(['highlight', '']);
    expect(roleOf('兰溪市', state)).toEqual(['group', '枢纽']);
    expect(roleOf('磐安县', state)).toEqual(['plain', '']);
  });

  it('names counties that do not exist', () => {
    expect(unknownCounties(['义乌市', '义乌县'], features)).toEqual(['义乌县']);
  });

  it('places every county and label inside the box', () => {
    const placed = placeCountyMap(features, state, 600, 400);
    expect(placed.counties).toHaveLength(9);
    for (const c of placed.counties) {
      expect(c.d.length).toBeGreaterThan(50);
      expect(c.label[0]).toBeGreaterThan(0);
      expect(c.label[0]).toBeLessThan(600);
      expect(c.label[1]).toBeGreaterThan(0);
      expect(c.label[1]).toBeLessThan(400);
    }
  });
});
