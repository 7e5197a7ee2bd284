/**
 * The route map's base layers, from the three geometry files to path data: Eurasia's land, the
 * prefectures of Zhejiang and Jinhua's counties. Done in the base worker (base-worker.ts), or on
 * the page where a worker cannot start; either way the same code, which returns plain data.
 */
import type { Feature, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { fetchJson } from '../../platform/fetch.ts';
import { inPlane, land, regions } from '../../core/geo/topo.ts';
import { planarPath } from '../../core/geo/view.ts';
import { mapSliced } from '../../platform/schedule.ts';
import { prepareOutlines } from '../maps/county-layout.ts';

export interface Region {
  name: string;
  d: string;
  /** Where its name goes, in plane units. */
  centroid: [number, number];
}

export interface BaseLayers {
  land: string[];
  prefectures: Region[];
  counties: Region[];
}

/** Absolute URLs of the geometry files (a worker resolves relative ones against its own script). */
export interface BaseRequest {
  eurasia: string;
  zhejiang: string;
  counties: string;
}

/**
 * Path data for base layers stored in plane units (`npm run data`), computed polygon by polygon
 * in slices that leave the main thread free between them.
 */
export async function planePathsSliced(features: readonly Feature[]): Promise<string[]> {
  const path = planarPath();
  // A multipolygon's path is its polygons' paths one after another: one land mass per slice item.
  type Piece = { i: number; g: Geometry };
  const pieces = features.flatMap((f, i): Piece[] =>
    f.geometry.type === 'MultiPolygon'
      ? f.geometry.coordinates.map((coordinates) => ({ i, g: { type: 'Polygon', coordinates } }))
      : [{ i, g: f.geometry }],
  );
  const ds = await mapSliced(pieces, (p) => path(p.g) ?? '');
  const out = features.map(() => '');
  pieces.forEach((p, k) => (out[p.i] += ds[k] ?? ''));
  return out;
}

export async function buildBase(urls: BaseRequest): Promise<BaseLayers> {
  const [eurasia, zhejiang, counties] = await Promise.all(
    [urls.eurasia, urls.zhejiang, urls.counties].map((url) => fetchJson<Topology>(url)),
  );
  // All three files are stored in plane units (npm run data): drawn without projecting a point,
  // in slices (on the page, the Eurasian coast alone is too long a task for a phone).
  const planar = planarPath();
  const prefectures = regions(inPlane(zhejiang!), 'prefectures');
  const ds = await planePathsSliced(prefectures);
  const centroids = await mapSliced(prefectures, (f) => planar.centroid(f));
  // The county outlines are the county maps' own (on the page, prepared once for every map).
  const jinhua = regions(counties!, 'counties');
  const outline = await prepareOutlines(jinhua);
  return {
    land: await planePathsSliced(land(inPlane(eurasia!))),
    prefectures: prefectures.map((f, i) => ({ name: f.properties.name, d: ds[i]!, centroid: centroids[i]! })),
    counties: jinhua.map((f, i) => ({ name: f.properties.name, ...outline.counties[i]! })),
  };
}
