import { describe, expect, it } from 'vitest';
import { geoInterpolate, geoMercator } from 'd3-geo';
import { EXTENT_BOUNDS, projectionFor, transformFor, viewFor } from '../../core/geo/view.ts';
import { pathData, planePieces, screenPieces, toScreen } from './route-layout.ts';

describe('screenPieces', () => {
  it('follows the route as drawn: each leg resampled as a great-circle arc, not a straight line', () => {
    const projection = geoMercator().fitSize([800, 400], {
      type: 'MultiPoint',
      coordinates: [
        [-4, 40],
        [120, 29],
      ],
    });
    const [piece, ...rest] = screenPieces(projection, [
      [120.07, 29.31],
      [-3.7, 40.42],
    ]); // 义乌 → 马德里
    expect(rest).toEqual([]);
    expect(piece!.length, 'resampled').toBeGreaterThan(2);
    // The arc bows north of the straight line between its ends on a Mercator map (smaller y).
    const [a, b] = [piece![0]!, piece!.at(-1)!];
    const mid = piece![Math.floor(piece!.length / 2)]!;
    const straightY = a[1] + ((mid[0] - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
    expect(straightY - mid[1]).toBeGreaterThan(20);
  });
});

const route = {
  path: [
    [120.07, 29.31],
    [87.6, 43.8],
    [-3.7, 40.42],
  ] as [number, number][],
}; // 义乌 → 乌鲁木齐 → 马德里

describe('planePieces', () => {
  const distanceToLine = ([x, y]: [number, number], line: [number, number][]) =>
    Math.min(
      ...line.slice(1).map(([bx, by], i) => {
        const [ax, ay] = line[i]!;
        const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2 || 1)));
        return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
      }),
    );

  it('is resampled once a level of detail: the same points for every frame at that level', () => {
    expect(planePieces(route, 3)).toBe(planePieces(route, 3.1));
    const [fine, coarse] = [planePieces(route, 40), planePieces(route, 0.2)];
    expect(coarse[0]!.length, 'fewer points far out').toBeLessThan(fine[0]!.length / 4);
  });

  it('scaled to a view, lies within half a pixel of the great circle that view projects, even zoomed in close', () => {
    for (const [bounds, width] of [
      [EXTENT_BOUNDS.eurasia, 390],
      [EXTENT_BOUNDS.eurasia, 1920],
      [EXTENT_BOUNDS.jinhua, 1920],
    ] as const) {
      const vp = { width, height: 900 };
      const view = viewFor(bounds, { ...vp, padding: 24 });
      const plane = transformFor(view, vp);
      const [line, ...rest] = toScreen(planePieces(route, plane.k), plane);
      expect(rest).toEqual([]);
      const projection = projectionFor(view, vp);
      for (let leg = 0; leg < 2; leg++) {
        const arc = geoInterpolate(route.path[leg]!, route.path[leg + 1]!);
        for (let t = 0; t <= 1; t += 0.05) {
          const p = projection(arc(t)) as [number, number];
          // Far off a close view's screen the drawing may be coarser; on it and near it, not.
          if (Math.abs(p[0]) > 3 * width || Math.abs(p[1]) > 3 * 900) continue;
          expect(distanceToLine(p, line!), `${width}px, leg ${leg}, t ${t.toFixed(2)}`).toBeLessThan(0.5);
        }
      }
    }
  });

  it('gives SVG path data to a tenth of a pixel, a move for each piece', () => {
    expect(
      pathData([
        [
          [1.234, 5.67],
          [8, 9.05],
        ],
        [[10, 11]],
      ]),
    ).toBe('M1.2,5.7L8,9.1M10,11');
  });
});

describe('toScreen', () => {
  const length = (line: [number, number][]) =>
    line.slice(1).reduce((sum, [x, y], i) => sum + Math.hypot(x - line[i]![0], y - line[i]![1]), 0);

  it('keeps every point near the screen and few far off it, with the line’s length kept', () => {
    const vp = { width: 390, height: 844 };
    const plane = transformFor(viewFor(EXTENT_BOUNDS.jinhua, { ...vp, padding: 24 }), vp);
    const pieces = planePieces(route, plane.k);
    const [all] = toScreen(pieces, plane);
    const [kept] = toScreen(pieces, plane, vp);
    const near = ([x, y]: [number, number]) => x > -390 && x < 780 && y > -844 && y < 1688;
    expect(kept!.filter(near)).toEqual(all!.filter(near));
    expect(kept!.length, 'most far points left out').toBeLessThan(all!.length / 3);
    expect(kept![0]).toEqual(all![0]);
    expect(kept!.at(-1)).toEqual(all!.at(-1));
    expect(Math.abs(length(kept!) / length(all!) - 1)).toBeLessThan(0.001);
  });

  it('keeps a long segment that passes through the screen, though both its ends are far off it', () => {
    const far: [number, number][][] = [
      [
        [-5000, 400],
        [-4000, 400],
        [-3000, 400],
        [3000, 400],
        [4000, 400],
        [5000, 400],
      ],
    ];
    const [kept] = toScreen(far, { k: 1, x: 0, y: 0 }, { width: 390, height: 844 });
    expect(kept).toEqual([
      [-5000, 400],
      [-3000, 400],
      [3000, 400],
      [5000, 400],
    ]);
  });
});
