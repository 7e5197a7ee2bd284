/** TopoJSON → GeoJSON features, typed for our files. Pure. */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { PLANE_ID } from './view.ts';

export interface RegionProps {
  code: string;
  name: string;
  name_en: string;
}
export type RegionFeature = Feature<Geometry, RegionProps>;

const projectedAs = (topology: Topology) => (topology as Topology & { projected?: string }).projected;

/** A topology stored already projected to the maps' plane (see view.ts); throws if it is not. */
export function inPlane(topology: Topology): Topology {
  const projected = projectedAs(topology);
  if (projected !== PLANE_ID)
    throw new Error(`geometry file is not in the map's plane units (projected: ${projected ?? 'none'}); rebuild it with npm run data`);
  return topology;
}

const decoded = new WeakMap<Topology, Map<string, RegionFeature[]>>();
const planar = new WeakSet<RegionFeature>();

/**
 * Whether `regions()` decoded these features from a file in plane units (ours are), so they are
 * drawn without projecting; an editor's own file in degrees (a map's `src`) is projected. Known by
 * feature, so a filtered or copied list still says.
 */
export const inPlaneUnits = (features: readonly RegionFeature[]): boolean => features.length > 0 && features.every((f) => planar.has(f));

/**
 * The features of one object of a topology; throws a readable error if the object is missing.
 * Decoded once per topology and object: every map of the same (cached) file gets the same
 * features, and so shares what is projected from them.
 */
export function regions(topology: Topology, object: string): RegionFeature[] {
  let byObject = decoded.get(topology);
  if (!byObject) decoded.set(topology, (byObject = new Map<string, RegionFeature[]>()));
  const known = byObject.get(object);
  if (known) return known;
  const geom = topology.objects[object] as GeometryCollection<RegionProps> | undefined;
  if (!geom) throw new Error(`geometry file has no object "${object}" (has: ${Object.keys(topology.objects).join(', ')})`);
  const features = feature(topology, geom).features;
  byObject.set(object, features);
  if (projectedAs(topology) === PLANE_ID) for (const f of features) planar.add(f);
  return features;
}

/** Land polygons without properties (the Eurasian base). */
export function land(topology: Topology, object = 'land'): Feature[] {
  const geom = topology.objects[object];
  if (!geom) throw new Error(`geometry file has no object "${object}"`);
  const out = feature(topology, geom);
  return out.type === 'FeatureCollection' ? out.features : [out];
}
