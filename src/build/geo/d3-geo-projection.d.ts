/** The one function of d3-geo-projection the data build uses (the package ships no types). */
declare module 'd3-geo-projection' {
  import type { GeoStreamWrapper } from 'd3-geo';
  /** Projects a GeoJSON object through a projection's stream (cut at the antimeridian, clipped): planar GeoJSON. */
  export function geoProject<T extends object>(object: T, projection: GeoStreamWrapper): T;
}
