import { readFileSync } from 'node:fs';
import { geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { inPlane, regions } from './topo.ts';
import { planePath } from './view.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../data/geo/${name}`, import.meta.url), 'utf8')) as Topology;

describe('geometry in plane units', () => {
  it('accepts the files stored projected and names the problem with one in degrees', () => {
    expect(() => inPlane(read('eurasia.topo.json'))).not.toThrow();
    expect(() => inPlane(read('zhejiang.topo.json'))).not.toThrow();
    expect(() => inPlane(read('jinhua-counties.topo.json'))).toThrow(/not in the map's plane units \(projected: none\); rebuild it with npm run data/);
  });

  it('puts Jinhua where projecting its county outlines puts it', () => {
    const jinhua = regions(read('zhejiang.topo.json'), 'prefectures').find((f) => f.properties.name === '金华市')!;
    const stored = geoPath().centroid(jinhua);
    const counties = { type: 'FeatureCollection' as const, features: regions(read('jinhua-counties.topo.json'), 'counties') };
    const projected = planePath().centroid(counties);
    // Plane units are about 14 px at a phone's county zoom: within half a unit.
    expect(Math.abs(stored[0] - projected[0])).toBeLessThan(0.5);
    expect(Math.abs(stored[1] - projected[1])).toBeLessThan(0.5);
  });
});
