/**
 * Route map, data → placed. Base layers are drawn once in plane units (the
 * zoom moves them with one transform); routes and markers are projected to
 * screen pixels for the current view so strokes and labels keep their size.
 */
import { geoPath, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Place, Route, RouteKind } from '../../data/schema.ts';
import { placeLabels, pointsAlong, type Box, type LabelRequest, type PlacedLabel, type Polyline } from '../../geo/labels.ts';
import { round } from '../../geo/view.ts';

export const ROUTE_KIND_LABEL: Readonly<Record<RouteKind, string>> = {
  'rail-freight': '中欧班列',
  'sea-rail': '海铁联运',
  'rail-project': '铁路项目',
  'road-project': '公路项目',
  'waterway-project': '水运项目',
  'enclave-link': '科创飞地（示意连线）',
};

/**
 * A route as drawn: d3 resamples each leg as a great-circle arc and clips it to the view, so its
 * points on screen come from the same stream, in pieces where clipping cuts it.
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

/** Routes, places and their labels on screen for one frame of the view. */
export function placeOverlay(
  projection: GeoProjection,
  routes: readonly Route[],
  focus: readonly string[],
  places: readonly Place[],
  box: { width: number; height: number; labelRoutes: boolean; blocked?: Box[]; /** false: no labels (the view is moving) */ labels?: boolean },
): { routes: PlacedRoute[]; markers: PlacedMarker[]; labels: PlacedLabel[] } {
  const path = geoPath(projection).digits(1);
  const placedRoutes = routes.map((route) => ({
    route,
    d: path({ type: 'LineString', coordinates: route.path }) ?? '',
    focus: focus.length === 0 || focus.includes(route.id),
  }));
  const markers = places.map((place) => {
    const [x, y] = projection(place.lonlat) ?? [NaN, NaN];
    return { place, x: round(x, 1), y: round(y, 1) };
  });
  if (box.labels === false) return { routes: placedRoutes, markers, labels: [] };
  // The routes on screen: labels keep clear of them where they can.
  const pieces = routes.map((r) => screenPieces(projection, r.path));
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
