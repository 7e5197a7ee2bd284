/** Places named with a county lie inside that county's outline (the stored map, turned back to degrees). */
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { regions } from '../../src/core/geo/topo.ts';
import { catalog } from './catalog.ts';
import { countiesInDegrees } from './geo-fixtures.ts';

const counties = new Map(regions(countiesInDegrees(), 'counties').map((f) => [f.properties.name, f]));
const inJinhua = [...catalog.places.values()].filter((p) => p.county && counties.has(p.county));

describe('places', () => {
  it('has places in Jinhua’s counties to check', () => {
    expect(inJinhua.length).toBeGreaterThan(10);
  });

  it.each(inJinhua.map((p) => [p.id, p] as const))('%s lies inside its county', (_id, place) => {
    expect(
      geoContains(counties.get(place.county!)!, place.lonlat),
      `${place.name} at ${place.lonlat.join(', ')} is not inside ${place.county}`,
    ).toBe(true);
    const others = [...counties].filter(([name, f]) => name !== place.county && geoContains(f, place.lonlat)).map(([name]) => name);
    expect(others, `${place.name} also lies inside`).toEqual([]);
  });
});
