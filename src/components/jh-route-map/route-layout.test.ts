import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import { screenPieces } from './route-layout.ts';

describe('screenPieces', () => {
  it('follows the route as drawn: each leg resampled as a great-circle arc, not a straight line', () => {
    const projection = geoMercator().fitSize([800, 400], { type: 'MultiPoint', coordinates: [[-4, 40], [120, 29]] });
    const [piece, ...rest] = screenPieces(projection, [[120.07, 29.31], [-3.7, 40.42]]); // 义乌 → 马德里
    expect(rest).toEqual([]);
    expect(piece!.length, 'resampled').toBeGreaterThan(2);
    // The arc bows north of the straight line between its ends on a Mercator map (smaller y).
    const [a, b] = [piece![0]!, piece!.at(-1)!];
    const mid = piece![Math.floor(piece!.length / 2)]!;
    const straightY = a[1] + ((mid[0] - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
    expect(straightY - mid[1]).toBeGreaterThan(20);
  });
});
