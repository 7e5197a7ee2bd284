/**
 * Geometry fixtures for unit tests: the stored files, and the counties as an editor's own file
 * would come, in degrees (`src` of a county map): the stored plane file turned back to lon/lat.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { regions } from '../../src/core/geo/topo.ts';
import { planeProjection } from '../../src/core/geo/view.ts';
import { ROOT } from './catalog.ts';

export const readGeo = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'data/geo', name), 'utf8')) as Topology;

export function countiesInDegrees(): Topology {
  const plane = planeProjection();
  const point = (p: Position): Position => plane.invert!(p as [number, number])!;
  const unproject = (g: Geometry): Geometry =>
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(point)) }
      : g.type === 'MultiPolygon'
        ? { type: 'MultiPolygon', coordinates: g.coordinates.map((polygon) => polygon.map((ring) => ring.map(point))) }
        : g;
  const features = regions(readGeo('jinhua-counties.topo.json'), 'counties').map((f) => ({ ...f, geometry: unproject(f.geometry) }));
  return topology({ counties: { type: 'FeatureCollection', features } as FeatureCollection });
}
