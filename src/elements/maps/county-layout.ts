/**
 * County map, data → placed: which colour and label each county gets for a
 * state (CountyState → PlacedCounty), and where places land. Pure; tested in Node.
 */
import { geoMercator, geoPath, type GeoPath } from 'd3-geo';
import type { Place, Route } from '../../core/schema/data.ts';
import { inPlaneUnits, type RegionFeature } from '../../core/geo/topo.ts';
import { placeLabels, textWidth, type PlacedLabel } from '../../core/geo/labels.ts';
import { cardInset, PLANE_SCALE, planarPath, planePath, round, transformAttr } from '../../core/geo/view.ts';
import { mapSliced } from '../../platform/schedule.ts';

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
  /** Outline in plane units (shown through the map's transform). */
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
  /** Outlines in plane units (`d`), shown through `transform`; labels and places in px. */
  counties: PlacedCounty[];
  /** SVG transform from plane units to the box. */
  transform: string;
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

/** The counties drawn once in plane units (geo/view.ts): a box only changes the transform. */
export interface PlaneOutline {
  counties: { d: string; centroid: [number, number] }[];
  bounds: [[number, number], [number, number]];
}

const outlines = new WeakMap<readonly RegionFeature[], PlaneOutline>();

type Box = PlaneOutline['bounds'];

/** One county in plane units: outline, centroid, bounds. */
const projectCounty = (path: GeoPath, f: RegionFeature) => ({
  d: path(f) ?? '',
  centroid: path.centroid(f),
  bounds: path.bounds(f),
});

function outlineFrom(features: readonly RegionFeature[], counties: ReturnType<typeof projectCounty>[]): PlaneOutline {
  const bounds: Box = [
    [Math.min(...counties.map((c) => c.bounds[0][0])), Math.min(...counties.map((c) => c.bounds[0][1]))],
    [Math.max(...counties.map((c) => c.bounds[1][0])), Math.max(...counties.map((c) => c.bounds[1][1]))],
  ];
  const outline = { counties: counties.map(({ d, centroid }) => ({ d, centroid })), bounds };
  outlines.set(features, outline);
  return outline;
}

const pathFor = (features: readonly RegionFeature[]) => (inPlaneUnits(features) ? planarPath() : planePath());

function outlineOf(features: readonly RegionFeature[]): PlaneOutline {
  const known = outlines.get(features);
  if (known) return known;
  const path = pathFor(features);
  return outlineFrom(
    features,
    features.map((f) => projectCounty(path, f)),
  );
}

/**
 * Project the outlines ahead of drawing, a county per slice, so that neither loading the file nor
 * the first step that shows the map runs one long task.
 */
export async function prepareOutlines(features: readonly RegionFeature[], signal?: AbortSignal): Promise<PlaneOutline> {
  const known = outlines.get(features);
  if (known) return known;
  const path = pathFor(features);
  return outlineFrom(features, await mapSliced(features, (f) => projectCounty(path, f), 8, signal));
}

/** The transform that fits plane bounds into a box, as d3's fitExtent would. */
function fit([[x0, y0], [x1, y1]]: PlaneOutline['bounds'], [[left, top], [right, bottom]]: [[number, number], [number, number]]) {
  const [w, h] = [right - left, bottom - top];
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  return { k, x: left + (w - k * (x1 + x0)) / 2, y: top + (h - k * (y1 + y0)) / 2 };
}

/** Project counties, places and routes into a width × height box. */
export function placeCountyMap(
  features: readonly RegionFeature[],
  state: CountyState,
  width: number,
  height: number,
  padding = 12,
): PlacedCountyMap {
  const outline = outlineOf(features);
  const { k, x, y } = fit(outline.bounds, [
    [padding, padding],
    [Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding - cardInset(width, height))],
  ]);
  const projection = geoMercator()
    .scale(PLANE_SCALE * k)
    .translate([x, y]);
  const path = geoPath(projection).digits(1);
  const counties = features.map((f, i): PlacedCounty => {
    const [role, group] = roleOf(f.properties.name, state);
    const { d, centroid } = outline.counties[i]!;
    const label: [number, number] = [round(x + k * centroid[0], 1), round(y + k * centroid[1], 1)];
    return { code: f.properties.code, name: f.properties.name, d, role, group, label };
  });
  const places = state.places.map((place) => {
    const [x, y] = projection(place.lonlat) ?? [0, 0];
    return { place, x: round(x, 1), y: round(y, 1) };
  });
  const routes = state.routes.map((route) => ({
    route,
    d: path({ type: 'LineString', coordinates: route.path }) ?? '',
  }));
  const nameBox = (c: PlacedCounty) => {
    const half = textWidth(c.name, 12) / 2;
    return { x0: c.label[0] - half, y0: c.label[1] - 8, x1: c.label[0] + half, y1: c.label[1] + 8 };
  };
  // A marker on a county's name would hide it: the name moves to just below the marker.
  for (const c of counties) {
    const box = nameBox(c);
    const on = places.find((p) => p.x > box.x0 - 6 && p.x < box.x1 + 6 && p.y > box.y0 - 6 && p.y < box.y1 + 6);
    if (on) c.label = [c.label[0], round(on.y + 15, 1)];
  }
  const countyBoxes = counties.map(nameBox);
  const labels = placeLabels(
    places.map((p) => ({ id: p.place.id, text: p.place.name, x: p.x, y: p.y })),
    width,
    height,
    { fontSize: 11.5, blocked: countyBoxes },
  );
  return { counties, transform: transformAttr(k, x, y), places, labels, routes };
}
