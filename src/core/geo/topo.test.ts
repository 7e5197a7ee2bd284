import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { inPlane, inPlaneUnits, land, regions } from './topo.ts';
import { planePath } from './view.ts';
import { countiesInDegrees, readGeo as read } from '../../../tests/unit/geo-fixtures.ts';

describe('geometry in plane units', () => {
  it('accepts the files stored projected and names the problem with one in degrees', () => {
    expect(() => inPlane(read('eurasia.topo.json'))).not.toThrow();
    expect(() => inPlane(read('zhejiang.topo.json'))).not.toThrow();
    expect(() => inPlane(read('jinhua-counties.topo.json'))).not.toThrow();
    expect(() => inPlane(countiesInDegrees())).toThrow(/not in the map's plane units \(projected: none\); rebuild it with npm run data/);
  });

  it('marks features decoded from a file in plane units, not those from one in degrees', () => {
    expect(inPlaneUnits(regions(read('jinhua-counties.topo.json'), 'counties'))).toBe(true);
    expect(inPlaneUnits(regions(countiesInDegrees(), 'counties'))).toBe(false);
  });

  it('puts Jinhua where projecting its county outlines puts it', () => {
    const jinhua = regions(read('zhejiang.topo.json'), 'prefectures').find((f) => f.properties.name === '金华市')!;
    const stored = geoPath().centroid(jinhua);
    // The stored counties, and the same turned back to degrees and projected: both agree with it.
    const stored2 = geoPath().centroid({ type: 'FeatureCollection', features: regions(read('jinhua-counties.topo.json'), 'counties') });
    const projected = planePath().centroid({ type: 'FeatureCollection', features: regions(countiesInDegrees(), 'counties') });
    expect(Math.abs(stored[0] - stored2[0])).toBeLessThan(0.5);
    expect(Math.abs(stored[1] - stored2[1])).toBeLessThan(0.5);
    // Plane units are about 14 px at a phone's county zoom: within half a unit.
    expect(Math.abs(stored[0] - projected[0])).toBeLessThan(0.5);
    expect(Math.abs(stored[1] - projected[1])).toBeLessThan(0.5);
  });

  it('cuts the land at the antimeridian: no edge runs across the plane', () => {
    // Projected point by point, Eurasia's ring through Chukotka jumped from +180° to -180°: an edge
    // the width of the world, which drew a band of sea across Siberia.
    const rings = land(read('eurasia.topo.json')).flatMap((f) =>
      f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : f.geometry.type === 'Polygon' ? f.geometry.coordinates : [],
    );
    expect(rings.length).toBeGreaterThan(50);
    const longest = Math.max(...rings.flatMap((ring) => ring.slice(1).map((p, i) => Math.abs(p[0]! - ring[i]![0]!))));
    // 1000 plane units are a radian: 57° of longitude, far more than any coast's single edge.
    expect(longest).toBeLessThan(1000);
  });
});
