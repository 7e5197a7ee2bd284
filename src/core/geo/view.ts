/**
 * Map views as pure data: named extents, the Mercator "plane" every layer is
 * drawn in once, and the zoom that frames an extent in a viewport. Zooming only
 * changes a view `[cx, cy, width]`, which d3's interpolateZoom animates smoothly.
 */
import { geoMercator, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import { round } from '../text/measure.ts';
import type { ExtentName } from '../schema/story.ts';

export { round };

/** Longitude and latitude, in degrees (the data's `lonlat`). */
export type LonLat = [lon: number, lat: number];

/** Lon/lat boxes [[west, south], [east, north]] for each named extent. */
export const EXTENT_BOUNDS: Readonly<Record<ExtentName, readonly [LonLat, LonLat]>> = {
  eurasia: [
    [-10, 24],
    [124, 60],
  ],
  china: [
    [104, 21],
    [124, 41],
  ],
  'east-china': [
    [112, 24],
    [124, 35],
  ],
  zhejiang: [
    [118.0, 27.0],
    [122.6, 31.2],
  ],
  jinhua: [
    [119.22, 28.52],
    [120.78, 29.7],
  ],
};

/** Plane units per radian of Mercator: large enough that 3-digit paths stay sharp at county zoom. */
export const PLANE_SCALE = 1000;

/**
 * The plane: Mercator at a fixed scale, origin at lon 0 / the equator. No
 * adaptive resampling: base-layer outlines are dense already, and resampling
 * was most of the main-thread cost of drawing them.
 */
export const planeProjection = (): GeoProjection => geoMercator().scale(PLANE_SCALE).translate([0, 0]).precision(0);

/** Path data in plane units for features in degrees; three digits keep a projector's county map sharp. */
export const planePath = (): GeoPath => geoPath(planeProjection()).digits(3);

/** Path data for features already in plane units (the stored files), to the same three digits. */
export const planarPath = (): GeoPath => geoPath().digits(3);

/** How a geometry file already projected to the plane says so (its `projected` field). */
export const PLANE_ID = `plane: Mercator, ${PLANE_SCALE} units per radian, origin lon 0 lat 0, y down`;

/** A view: centre and width, in plane units (d3-interpolate's zoom view). */
export type ZoomView = [cx: number, cy: number, width: number];

export interface Viewport {
  width: number;
  height: number;
  /** Space kept clear around the extent, px. */
  padding: number;
}

/** The view that frames `bounds` inside the viewport, keeping aspect. */
export function viewFor(bounds: readonly [LonLat, LonLat], vp: Viewport): ZoomView {
  const plane = planeProjection();
  const [x0, y1] = plane(bounds[0])!;
  const [x1, y0] = plane(bounds[1])!;
  const innerW = Math.max(1, vp.width - 2 * vp.padding);
  const innerH = Math.max(1, vp.height - 2 * vp.padding);
  const unitsPerPx = Math.max((x1 - x0) / innerW, (y1 - y0) / innerH);
  return [(x0 + x1) / 2, (y0 + y1) / 2, unitsPerPx * vp.width];
}

/** SVG transform and scale that show the plane through `view`. */
export function transformFor(view: ZoomView, vp: Pick<Viewport, 'width' | 'height'>) {
  const k = vp.width / view[2];
  const x = vp.width / 2 - view[0] * k;
  const y = vp.height / 2 - view[1] * k;
  return { k, x, y, attr: transformAttr(k, x, y) };
}

/** The SVG transform attribute for scale `k` then offset (x, y). */
export const transformAttr = (k: number, x: number, y: number): string => `translate(${round(x)},${round(y)}) scale(${round(k, 5)})`;

/** A projection that maps lon/lat straight to screen pixels for `view`. */
export function projectionFor(view: ZoomView, vp: Pick<Viewport, 'width' | 'height'>): GeoProjection {
  const { k, x, y } = transformFor(view, vp);
  return geoMercator()
    .scale(PLANE_SCALE * k)
    .translate([x, y]);
}

/** Below this width (a phone's stage) a route map frames what the step shows, not its whole extent. */
export const SUBJECT_FRAME_BELOW = 600;

/**
 * The part of an extent that holds what a step shows (its places and its routes' points): their
 * box with a margin, inside the extent, and never narrower or shorter than `minShare` of the
 * extent, so a step about one city still shows its surroundings. The whole extent when nothing
 * shown lies in it. On a phone the named extent, drawn whole, left most of a square stage to
 * land and sea around a corridor a few pixels wide.
 */
export function subjectBounds(extent: readonly [LonLat, LonLat], points: readonly LonLat[], minShare = 0.4): [LonLat, LonLat] {
  const [[west, south], [east, north]] = extent;
  const inside = points.filter(([lon, lat]) => lon >= west && lon <= east && lat >= south && lat <= north);
  if (!inside.length)
    return [
      [west, south],
      [east, north],
    ];
  const span = (lo: number, hi: number, min: number, max: number): [number, number] => {
    const margin = Math.max((hi - lo) * 0.15, (max - min) * 0.03);
    let [a, b] = [lo - margin, hi + margin];
    const least = (max - min) * minShare;
    if (b - a < least) [a, b] = [(a + b) / 2 - least / 2, (a + b) / 2 + least / 2];
    // Kept inside the extent: shifted back in, then cut at its edges.
    if (a < min) [a, b] = [min, b + (min - a)];
    if (b > max) [a, b] = [a - (b - max), max];
    return [Math.max(a, min), Math.min(b, max)];
  };
  const [w, e] = span(Math.min(...inside.map((p) => p[0])), Math.max(...inside.map((p) => p[0])), west, east);
  const [s, n] = span(Math.min(...inside.map((p) => p[1])), Math.max(...inside.map((p) => p[1])), south, north);
  return [
    [w, s],
    [e, n],
  ];
}
