import { geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { regions } from '../../core/geo/topo.ts';
import type { Place } from '../../core/schema/data.ts';
import { PLANE_SCALE } from '../../core/geo/view.ts';
import { placeCountyMap, prepareOutlines, roleOf, unknownCounties } from './county-layout.ts';
import { countiesInDegrees, readGeo } from '../../../tests/unit/geo-fixtures.ts';

const features = regions(readGeo('jinhua-counties.topo.json'), 'counties');
/** The same counties as an editor's own file in degrees would give them. */
const inDegrees = regions(countiesInDegrees(), 'counties');
const state = { highlight: ['义乌市'], groups: [{ label: '枢纽', counties: ['金东区', '兰溪市'] }], places: [], routes: [] };

describe('county layout', () => {
  it('has the nine county-level units with their GB/T 2260 codes', () => {
    expect(features.map((f) => `${f.properties.code} ${f.properties.name}`)).toEqual([
      '330702 婺城区',
      '330703 金东区',
      '330723 武义县',
      '330726 浦江县',
      '330727 磐安县',
      '330781 兰溪市',
      '330782 义乌市',
      '330783 东阳市',
      '330784 永康市',
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

  it('draws the outlines once, in plane units: a new box changes only the transform', () => {
    const small = placeCountyMap(features, state, 300, 200);
    const large = placeCountyMap(features, state, 1200, 800);
    expect(large.counties.map((c) => c.d)).toEqual(small.counties.map((c) => c.d));
    expect(large.transform).not.toEqual(small.transform);
  });

  it('fits the box as d3 fitExtent does (labels at the projected centroids)', () => {
    const [w, h, pad] = [600, 400, 12];
    const reference = geoMercator()
      .precision(0)
      .fitExtent(
        [
          [pad, pad],
          [w - pad, h - pad],
        ],
        { type: 'FeatureCollection', features: inDegrees },
      );
    const centroid = geoPath(reference);
    placeCountyMap(features, state, w, h, pad).counties.forEach((c, i) => {
      const [x, y] = centroid.centroid(inDegrees[i]!);
      expect(c.label[0]).toBeCloseTo(x, 0);
      expect(c.label[1]).toBeCloseTo(y, 0);
    });
  });

  it('draws a file in degrees (an editor’s own) as it draws ours in plane units', async () => {
    const [plane, degrees] = [await prepareOutlines(features), await prepareOutlines(inDegrees)];
    expect(degrees.counties).toHaveLength(9);
    degrees.counties.forEach((c, i) => {
      expect(c.centroid[0]).toBeCloseTo(plane.counties[i]!.centroid[0], 2);
      expect(c.centroid[1]).toBeCloseTo(plane.counties[i]!.centroid[1], 2);
    });
    expect(degrees.bounds.flat().map((v) => Math.round(v * 100))).toEqual(plane.bounds.flat().map((v) => Math.round(v * 100)));
  });

  it('moves a county name clear of a place marker that would cover it', () => {
    const plain = placeCountyMap(features, state, 600, 400);
    const yiwu = plain.counties.find((c) => c.name === '义乌市')!;
    // A place exactly where the name is printed.
    const projection = (plain.transform.match(/translate\(([-\d.]+),([-\d.]+)\) scale\(([\d.]+)\)/) ?? []).slice(1).map(Number);
    expect(projection).toHaveLength(3);
    const [x, y, k] = projection as [number, number, number];
    const lonlat = geoMercator()
      .scale(PLANE_SCALE * k)
      .translate([x, y]).invert!(yiwu.label)!;
    const place = { id: 'p', name: '某地', kind: 'hub', lonlat, county: '义乌市', approx: true } as unknown as Place;
    const moved = placeCountyMap(features, { ...state, places: [place] }, 600, 400);
    const name = moved.counties.find((c) => c.name === '义乌市')!;
    expect(name.label[1] - moved.places[0]!.y).toBeGreaterThanOrEqual(12);
  });
});
