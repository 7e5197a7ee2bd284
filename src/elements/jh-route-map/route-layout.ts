/**
 * Route map, data → placed. Base layers are drawn once in plane units (the
 * zoom moves them with one transform); routes and markers are placed in
 * screen pixels for the current view so strokes and labels keep their size.
 * A route is resampled once, in plane units; each frame of a zoom only scales
 * its points to the screen.
 */
import { geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Place, Route, RouteKind } from '../../core/schema/data.ts';
import {
  placeLabels,
  pointsAlong,
  segmentCrosses,
  type Box,
  type LabelRequest,
  type PlacedLabel,
  type Polyline,
} from '../../core/geo/labels.ts';
import { planeProjection, round } from '../../core/geo/view.ts';
import { mapSliced } from '../../platform/schedule.ts';

export const ROUTE_KIND_LABEL: Readonly<Record<RouteKind, string>> = {
  'rail-freight': '中欧班列',
  'sea-rail': '海铁联运',
  'rail-project': '铁路项目',
  'road-project': '公路项目',
  'waterway-project': '水运项目',
  'enclave-link': '科创飞地（示意连线）',
};

/**
 * A route as drawn: d3 resamples each leg as a great-circle arc and clips it (at the antimeridian),
 * so its points come from the same stream, in pieces where clipping cuts it.
 */
export function screenPieces(projection: GeoProjection, coordinates: [number, number][]): Polyline[] {
  const pieces: Polyline[] = [];
  let piece: Polyline = [];
  const sink: GeoStream = {
    point: (x, y) => void (Number.isFinite(x) && Number.isFinite(y) && piece.push([x, y])),
    lineStart: () => void (piece = []),
    lineEnd: () => void (piece.length && pieces.push(piece)),
    polygonStart: () => {},
    polygonEnd: () => {},
    sphere: () => {},
  };
  geoStream({ type: 'LineString', coordinates }, projection.stream(sink));
  return pieces;
}

/**
 * Resampling tolerances in plane units, finest first, each four times the last. A view `k` px a unit
 * takes the coarsest within half a pixel: the finest holds that even for Jinhua on a 1920 px
 * projector (about 50 px a unit), the coarsest for the whole of Eurasia on a phone.
 */
const PLANE_PRECISIONS = [0.01, 0.04, 0.16, 0.64, 2.56, 10.24] as const;

const levelFor = (k: number) =>
  Math.max(
    0,
    PLANE_PRECISIONS.findLastIndex((p) => p * k <= 0.5),
  );

const planeRoutes = new WeakMap<readonly [number, number][], Polyline[][]>();

/** A route's points in plane units at one level of detail: resampled once, kept as long as the route's path lives. */
function piecesAt(route: Pick<Route, 'path'>, level: number): Polyline[] {
  let levels = planeRoutes.get(route.path);
  if (!levels) planeRoutes.set(route.path, (levels = []));
  return (levels[level] ??= screenPieces(planeProjection().precision(PLANE_PRECISIONS[level]!), route.path));
}

/** A route's points in plane units for a view `k` px a unit: on screen (scaled by k), within half a pixel of the arcs. */
export const planePieces = (route: Pick<Route, 'path'>, k: number): Polyline[] => piecesAt(route, levelFor(k));

/** Resample routes at every level of detail ahead of need, one level of a route per slice, so the step that shows them starts at once. */
export async function prepareRoutes(routes: readonly Route[], signal?: AbortSignal): Promise<void> {
  await mapSliced(
    routes.flatMap((r) => PLANE_PRECISIONS.map((_, level) => [r, level] as const)),
    ([r, level]) => piecesAt(r, level),
    8,
    signal,
  );
}

/** Plane units to screen pixels: scale `k`, then offset (x, y), as the base layers' transform. */
export interface PlaneToScreen {
  k: number;
  x: number;
  y: number;
}

/** Off screen, one point in this many is kept: the line there is not seen, only its length counts. */
const OFF_SCREEN_STRIDE = 8;

/**
 * Pieces in screen pixels for a view. Where a line runs more than a screen beyond `box`, most of
 * its points are left out: a zoom's first frames (a close view of lines across Eurasia) would
 * otherwise draw thousands of points nobody sees. The line keeps its length (to well under a
 * percent), so a route drawing on (a share of that length) advances as it would.
 */
export function toScreen(pieces: readonly Polyline[], { k, x, y }: PlaneToScreen, box?: { width: number; height: number }): Polyline[] {
  return pieces.map((piece) => {
    const points = piece.map(([px, py]): [number, number] => [x + k * px, y + k * py]);
    if (!box) return points;
    // A segment through the screen and a screen around it is drawn exactly, both its ends kept.
    const around = { x0: -box.width, y0: -box.height, x1: 2 * box.width, y1: 2 * box.height };
    const crosses = points.map((p, i) => i + 1 < points.length && segmentCrosses(p, points[i + 1]!, around));
    return points.filter((_, i) => crosses[i] || crosses[i - 1] || i % OFF_SCREEN_STRIDE === 0 || i === points.length - 1);
  });
}

/** SVG path data for screen pieces, to a tenth of a pixel. */
export const pathData = (pieces: readonly Polyline[]): string =>
  pieces.map((piece) => 'M' + piece.map(([x, y]) => `${round(x, 1)},${round(y, 1)}`).join('L')).join('');

export interface PlacedRoute {
  route: Route;
  d: string;
  focus: boolean;
}

export interface PlacedMarker {
  place: Place;
  x: number;
  y: number;
}

/** Routes, places and their labels on screen for one frame of the view: `projection` and `plane` place the same view. */
export function placeOverlay(
  projection: GeoProjection,
  plane: PlaneToScreen,
  routes: readonly Route[],
  focus: readonly string[],
  places: readonly Place[],
  box: {
    width: number;
    height: number;
    labelRoutes: boolean;
    blocked?: Box[];
    /** false: no labels (the view is moving) */ labels?: boolean;
  },
): { routes: PlacedRoute[]; markers: PlacedMarker[]; labels: PlacedLabel[] } {
  // The routes on screen, as drawn: labels keep clear of them where they can.
  const pieces = routes.map((r) => toScreen(planePieces(r, plane.k), plane, box));
  const placedRoutes = routes.map((route, i) => ({
    route,
    d: pathData(pieces[i]!),
    focus: focus.length === 0 || focus.includes(route.id),
  }));
  const markers = places.map((place) => {
    const [x, y] = projection(place.lonlat) ?? [NaN, NaN];
    return { place, x: round(x, 1), y: round(y, 1) };
  });
  if (box.labels === false) return { routes: placedRoutes, markers, labels: [] };
  const lines = pieces.flat();
  // Hubs and ports first, then cities, then route names: at the middle of their line, or further along it.
  const rank = (p: Place) => (p.kind === 'city' ? 1 : 0);
  const requests: LabelRequest[] = [...markers]
    .sort((a, b) => rank(a.place) - rank(b.place))
    .map((m) => ({ id: m.place.id, text: m.place.name, x: m.x, y: m.y }));
  if (box.labelRoutes)
    placedRoutes.forEach((r, i) => {
      if (!r.focus) return;
      const longest = pieces[i]!.reduce<Polyline>((a, b) => (b.length > a.length ? b : a), []);
      const [[x, y] = [NaN, NaN], ...along] = pointsAlong(longest).map(([x, y]): [number, number] => [round(x, 1), round(y, 1)]);
      requests.push({ id: `route:${r.route.id}`, text: r.route.name, x, y, along });
    });
  const labels = placeLabels(requests, box.width, box.height, { blocked: box.blocked ?? [], lines });
  return { routes: placedRoutes, markers, labels };
}
