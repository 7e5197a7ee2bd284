/**
 * County map, data → placed: which colour and label each county gets for a
 * state (CountyState → PlacedCounty), and where places land. Pure; tested in Node.
 */
import { geoMercator, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { Place, Route } from '../../data/schema.ts';
import type { RegionFeature } from '../../geo/topo.ts';
import { placeLabels, textWidth, type PlacedLabel } from '../../geo/labels.ts';
import { cardInset, round } from '../../geo/view.ts';

export interface CountyGroup {
  label: string;
  counties: string[];
}

/** What a step asks the county map to show. */
export interface CountyState {
  highlight: string[];
  groups: CountyGroup[];
  places: Place[];
  routes: Route[];
}

export type CountyRole = 'highlight' | 'group' | 'plain';

export interface PlacedCounty {
  code: string;
  name: string;
  d: string;
  role: CountyRole;
  /** Group label for `group`, else ''. */
  group: string;
  /** Label anchor in px. */
  label: [number, number];
}

export interface PlacedPlace {
  place: Place;
  x: number;
  y: number;
}

export interface PlacedCountyMap {
  counties: PlacedCounty[];
  places: PlacedPlace[];
  /** Place names, placed clear of the county names and each other. */
  labels: PlacedLabel[];
  routes: { route: Route; d: string }[];
}

/** Names in `wanted` that are not among the counties; empty when all are known. */
export function unknownCounties(wanted: readonly string[], known: readonly RegionFeature[]): string[] {
  const names = new Set(known.map((f) => f.properties.name));
  return wanted.filter((n) => !names.has(n));
}

export function roleOf(name: string, state: Pick<CountyState, 'highlight' | 'groups'>): [CountyRole, string] {
  if (state.highlight.includes(name)) return ['highlight', ''];
  const group = state.groups.find((g) => g.counties.includes(name));
  return group ? ['group', group.label] : ['plain', ''];
}

interface Outline {
  projection: GeoProjection;
  path: GeoPath;
  counties: { d: string; label: [number, number] }[];
}

/**
 * Projected outlines by feature list and box. A step that only recolours the counties, and the
 * ten same-sized panels of the small multiples, reuse one projection instead of redoing it.
 */
const outlines = new WeakMap<readonly RegionFeature[], Map<string, Outline>>();

function outlineOf(features: readonly RegionFeature[], width: number, height: number, padding: number): Outline {
  let byBox = outlines.get(features);
  if (!byBox) outlines.set(features, (byBox = new Map()));
  const key = `${width}x${height}x${padding}`;
  let outline = byBox.get(key);
  if (outline) return outline;
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  // No adaptive resampling: at a prefecture's scale the simplified outlines' segments are short
  // enough to stay straight, and resampling was most of the work of drawing a county map.
  const projection: GeoProjection = geoMercator().precision(0).fitExtent(
    [
      [padding, padding],
      [Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding - cardInset(width, height))],
    ],
    collection,
  );
  const path = geoPath(projection).digits(1);
  const counties = features.map((f) => {
    const [x, y] = path.centroid(f);
    return { d: path(f) ?? '', label: [round(x, 1), round(y, 1)] as [number, number] };
  });
  outline = { projection, path, counties };
  if (byBox.size > 8) byBox.clear(); // sizes seen while a window is dragged wider
  byBox.set(key, outline);
  return outline;
}

/** Project counties, places and routes into a width × height box. */
export function placeCountyMap(
  features: readonly RegionFeature[],
  state: CountyState,
  width: number,
  height: number,
  padding = 12,
): PlacedCountyMap {
  const { projection, path, counties: outline } = outlineOf(features, width, height, padding);
  const counties = features.map((f, i): PlacedCounty => {
    const [role, group] = roleOf(f.properties.name, state);
    return { code: f.properties.code, name: f.properties.name, d: outline[i]!.d, role, group, label: outline[i]!.label };
  });
  const places = state.places.map((place) => {
    const [x, y] = projection(place.lonlat) ?? [0, 0];
    return { place, x: round(x, 1), y: round(y, 1) };
  });
  const routes = state.routes.map((route) => ({
    route,
    d: path({ type: 'LineString', coordinates: route.path }) ?? '',
  }));
  const countyBoxes = counties.map((c) => {
    const half = textWidth(c.name, 12) / 2;
    return { x0: c.label[0] - half, y0: c.label[1] - 8, x1: c.label[0] + half, y1: c.label[1] + 8 };
  });
  const labels = placeLabels(
    places.map((p) => ({ id: p.place.id, text: p.place.name, x: p.x, y: p.y })),
    width,
    height,
    { fontSize: 11.5, blocked: countyBoxes },
  );
  return { counties, places, labels, routes };
}
