/**
 * Pure ring-cleaning helpers for the geo build (scripts/build-geo.ts).
 *
 * The county outlines come from AMap on a 1/1024° grid and carry two kinds of
 * noise that survive simplification and show up as hairline spikes:
 * consecutive duplicate points and one-point "out and back" spikes.
 * Rings here are closed GeoJSON rings in [lon, lat]: first point === last point.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Ring = Position[];

const same = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/** Drops consecutive duplicate points; the result is still a closed ring. */
export function dedupe(ring: Ring): Ring {
  const out: Ring = [];
  for (const p of ring) if (out.length === 0 || !same(p, out[out.length - 1]!)) out.push(p);
  return out;
}

/**
 * True when b is the tip of a spike: a→b→c goes out and comes straight back
 * (a === c, or the turn at b is within `maxDeviationDeg` of 180°).
 * The default 1° only catches grid reversals: the sharpest real corner in the
 * Zhejiang data turns about 172°.
 */
export function isSpike(a: Position, b: Position, c: Position, maxDeviationDeg = 1): boolean {
  if (same(a, c)) return true;
  const ux = b[0]! - a[0]!,
    uy = b[1]! - a[1]!;
  const vx = c[0]! - b[0]!,
    vy = c[1]! - b[1]!;
  const lu = Math.hypot(ux, uy),
    lv = Math.hypot(vx, vy);
  if (lu === 0 || lv === 0) return false; // duplicates are dedupe's job
  const cos = (ux * vx + uy * vy) / (lu * lv); // −1 means a full U-turn
  return cos <= -Math.cos((maxDeviationDeg * Math.PI) / 180);
}

/**
 * Removes duplicates and spikes, repeatedly, since removing one spike tip can
 * expose another (a→b→c→b→a). Returns [] if fewer than 3 corners remain.
 */
export function removeSpikes(ring: Ring, maxDeviationDeg = 1): Ring {
  const out: Ring = [];
  for (const p of open(ring)) {
    out.push(p);
    for (;;) {
      const n = out.length;
      if (n >= 2 && same(out[n - 1]!, out[n - 2]!)) out.pop();
      else if (n >= 3 && isSpike(out[n - 3]!, out[n - 2]!, out[n - 1]!, maxDeviationDeg)) out.splice(n - 2, 1);
      else break;
    }
  }
  // Seam pass: the stack never compared the last points with the first ones.
  for (;;) {
    const n = out.length;
    if (n < 3) return [];
    if (same(out[n - 1]!, out[0]!)) out.pop();
    else if (isSpike(out[n - 2]!, out[n - 1]!, out[0]!, maxDeviationDeg)) out.pop();
    else if (isSpike(out[n - 1]!, out[0]!, out[1]!, maxDeviationDeg)) out.shift();
    else break;
  }
  return [...out, out[0]!];
}

/**
 * Cuts knots: the ring coming back to a point it left at most `maxLoop` steps
 * earlier. The AMap outlines are full of one-cell loops, drawn by both
 * neighbours, that would cut each border into dozens of tiny arcs. Both
 * neighbours walk the loop in opposite directions, so the order of cuts must
 * not depend on direction or start: smallest loop first, then lowest point.
 */
export function removeKnots(ring: Ring, maxLoop = 16): Ring {
  const out = open(ring);
  for (;;) {
    const n = out.length;
    let best: { i: number; len: number } | null = null;
    for (let len = 2; len <= maxLoop && 2 * len < n && !best; len++) {
      for (let i = 0; i < n; i++) {
        const p = out[i]!;
        if (!same(p, out[(i + len) % n]!)) continue;
        if (!best || p[0]! < out[best.i]![0]! || (p[0] === out[best.i]![0] && p[1]! < out[best.i]![1]!)) best = { i, len };
      }
    }
    if (!best) return n < 3 ? [] : [...out, out[0]!];
    // Drop the loop's inner points and one copy of the repeated point.
    for (let k = best.len; k > 0; k--) out.splice((best.i + k) % out.length, 1);
  }
}

/** Knots, duplicates and spikes, until nothing changes. */
export function cleanRing(ring: Ring, maxLoop = 16, maxDeviationDeg = 1): Ring {
  let current = dedupe(ring);
  for (;;) {
    const next = removeSpikes(removeKnots(current, maxLoop), maxDeviationDeg);
    if (next.length === current.length) return next;
    current = next;
  }
}

/** The ring without its closing point. */
function open(ring: Ring): Ring {
  const out = dedupe(ring);
  if (out.length > 1 && same(out[0]!, out[out.length - 1]!)) out.pop();
  return out;
}

/** Shoelace area in degrees²; positive = counter-clockwise with north up. */
export function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s / 2;
}

/**
 * d3-geo winding: exterior rings clockwise, holes counter-clockwise (the
 * opposite of RFC 7946). A wrongly wound exterior is read by d3 as "the whole
 * globe except this county". Planar orientation equals spherical orientation
 * for rings this small, so the shoelace sign is enough.
 */
export function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((ring, i) => {
    const clockwise = signedArea(ring) < 0;
    return clockwise === (i === 0) ? ring : [...ring].reverse();
  });
}

/** Rewinds every polygon of a Polygon or MultiPolygon for d3-geo. */
export function rewind<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
  return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) };
}
