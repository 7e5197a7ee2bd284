/**
 * County map, data → placed: which colour and label each county gets for a
 * state (CountyState → PlacedCounty), and where places land. Pure; tested in Node.
 */
import { geoMercator, geoPath, type GeoPath } from 'd3-geo';
import type { Place, Route } from '../../core/schema/data.ts';
import { inPlaneUnits, type RegionFeature } from '../../core/geo/topo.ts';
import { placeLabels, textWidth, type Box as LabelBox, type PlacedLabel } from '../../core/geo/labels.ts';
import { PLANE_SCALE, planarPath, planePath, round, transformAttr } from '../../core/geo/view.ts';
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
  /** Short texts printed under a county's name (sourced facts), by county. */
  notes?: Readonly<Record<string, readonly string[]>>;
}

/** The size county names, notes and place names are drawn at (px; the floor for a phone). */
export const LABEL_PX = 12;
/** The distance between two lines of a county's name and notes. */
const LINE_PX = 15;

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

/** A line of a county's notes, placed in px (text anchored at its middle). */
export interface PlacedNote {
  county: string;
  text: string;
  x: number;
  y: number;
}

export interface PlacedCountyMap {
  /** Outlines in plane units (`d`), shown through `transform`; labels and places in px. */
  counties: PlacedCounty[];
  /** Notes under (or, where that is taken, above) their county's name, clear of every other name and note. */
  notes: PlacedNote[];
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
    [Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)],
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
  // A marker on a county's name would hide it: the name moves to just below the marker.
  for (const c of counties) {
    const box = lineBox(c.name, c.label[0], c.label[1]);
    const on = places.find((p) => p.x > box.x0 - 6 && p.x < box.x1 + 6 && p.y > box.y0 - 6 && p.y < box.y1 + 6);
    if (on) c.label = [c.label[0], round(on.y + LINE_PX, 1)];
  }
  const names = counties.map((c) => lineBox(c.name, c.label[0], c.label[1]));
  const markers = places.map((p) => ({ x0: p.x - 6, y0: p.y - 6, x1: p.x + 6, y1: p.y + 6 }));
  const noteBoxes: LabelBox[] = [];
  const notes = counties.flatMap((c, i) => {
    const others = [...names.filter((_, j) => j !== i), ...markers, ...noteBoxes];
    const placed = placeNotes(c, state.notes?.[c.name] ?? [], others, width, height);
    if (placed) noteBoxes.push(placed.box);
    return placed?.notes ?? [];
  });
  const labels = placeLabels(
    places.map((p) => ({ id: p.place.id, text: p.place.name, x: p.x, y: p.y })),
    width,
    height,
    { fontSize: LABEL_PX, blocked: [...names, ...noteBoxes] },
  );
  return { counties, notes, transform: transformAttr(k, x, y), places, labels, routes };
}

/** The box a one-line label of `text` takes, centred on (x, y). */
function lineBox(text: string, x: number, y: number): LabelBox {
  const half = textWidth(text, LABEL_PX) / 2;
  return { x0: x - half, y0: y - LINE_PX / 2, x1: x + half, y1: y + LINE_PX / 2 };
}

/** A note too wide to place whole, in two lines split near its middle (at a bracket where it has one). */
function wrap(text: string): string[] {
  const chars = [...text];
  if (chars.length < 6) return [text];
  const bracket = chars.indexOf('（');
  const at = bracket > 1 && bracket < chars.length - 2 ? bracket : Math.ceil(chars.length / 2);
  return [chars.slice(0, at).join(''), chars.slice(at).join('')];
}

/** How much of `a` lies on `b`, in px². */
const overlapArea = (a: LabelBox, b: LabelBox) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * A county's notes as a block of lines by its name: under it, then above it, centred on it or
 * flush with either end of it, kept in the box, then the same with each note wrapped to two lines.
 * The first spot that overlaps nothing in `others` (other counties' names, markers, notes placed
 * before) wins; with none free, the spot that overlaps least.
 */
function placeNotes(
  c: PlacedCounty,
  texts: readonly string[],
  others: readonly LabelBox[],
  width: number,
  height: number,
): { notes: PlacedNote[]; box: LabelBox } | undefined {
  if (!texts.length) return undefined;
  const [x, y] = c.label;
  const half = textWidth(c.name, LABEL_PX) / 2;
  let best: { notes: PlacedNote[]; box: LabelBox; cost: number } | undefined;
  for (const lines of [texts, texts.flatMap(wrap)]) {
    const w = Math.max(...lines.map((t) => textWidth(t, LABEL_PX)));
    const h = lines.length * LINE_PX;
    for (const top of [y + LINE_PX / 2, y - LINE_PX / 2 - h])
      for (const centre of [x, x - half + w / 2, x + half - w / 2]) {
        const cx = Math.min(Math.max(centre, w / 2 + 2), width - w / 2 - 2);
        const box = { x0: cx - w / 2, y0: top, x1: cx + w / 2, y1: top + h };
        const outside = box.y0 < 0 || box.y1 > height ? w * h : 0;
        const cost = outside + others.reduce((sum, b) => sum + overlapArea(box, b), 0);
        if (best && cost >= best.cost) continue;
        const notes = lines.map((text, i) => ({ county: c.name, text, x: round(cx, 1), y: round(top + LINE_PX * (i + 0.5), 1) }));
        best = { notes, box, cost };
        if (!cost) return best;
      }
  }
  return best;
}
