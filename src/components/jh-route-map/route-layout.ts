/**
 * Route map, data → placed. Base layers are drawn once in plane units (the
 * zoom moves them with one transform); routes and markers are projected to
 * screen pixels for the current view so strokes and labels keep their size.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';
import type { Place, Route, RouteKind } from '../../data/schema.ts';
import { planeProjection, round } from '../../geo/view.ts';

export const ROUTE_KIND_LABEL: Readonly<Record<RouteKind, string>> = {
  'rail-freight': '中欧班列',
  'sea-rail': '海铁联运',
  'rail-project': '铁路项目',
  'road-project': '公路项目',
  'waterway-project': '水运项目',
};

/** Path data for base layers, in plane units; computed once per file. */
export function planePaths(features: readonly Feature[]): string[] {
  const path = geoPath(planeProjection()).digits(3);
  return features.map((f) => path(f) ?? '');
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

/** Routes and places on screen for one frame of the view. */
export function placeOverlay(
  projection: GeoProjection,
  routes: readonly Route[],
  focus: readonly string[],
  places: readonly Place[],
): { routes: PlacedRoute[]; markers: PlacedMarker[] } {
  const path = geoPath(projection).digits(1);
  return {
    routes: routes.map((route) => ({
      route,
      d: path({ type: 'LineString', coordinates: route.path }) ?? '',
      focus: focus.length === 0 || focus.includes(route.id),
    })),
    markers: places.map((place) => {
      const [x, y] = projection(place.lonlat) ?? [NaN, NaN];
      return { place, x: round(x, 1), y: round(y, 1) };
    }),
  };
}
