import { describe, expect, it } from 'vitest';
import { EXTENT_BOUNDS, projectionFor, subjectBounds, viewFor } from './view.ts';

describe('viewFor / projectionFor', () => {
  it.each(Object.entries(EXTENT_BOUNDS))('frames %s inside the viewport with its padding', (_name, bounds) => {
    const vp = { width: 800, height: 600, padding: 24 };
    const p = projectionFor(viewFor(bounds, vp), vp);
    const [x0, y1] = p(bounds[0])!;
    const [x1, y0] = p(bounds[1])!;
    for (const x of [x0, x1]) expect(x).toSatisfy((v: number) => v >= 23.9 && v <= 776.1);
    for (const y of [y0, y1]) expect(y).toSatisfy((v: number) => v >= 23.9 && v <= 576.1);
    // It fills one dimension: the extent touches the padding on two sides.
    expect(Math.max(x1 - x0 - 752, y1 - y0 - 552)).toBeCloseTo(0, 1);
  });

  it('frames an extent in a phone’s stage, filling its width', () => {
    const vp = { width: 390, height: 460, padding: 24 };
    const p = projectionFor(viewFor(EXTENT_BOUNDS.jinhua, vp), vp);
    const [xWest, yNorth] = p([EXTENT_BOUNDS.jinhua[0][0], EXTENT_BOUNDS.jinhua[1][1]])!;
    const [xEast, ySouth] = p([EXTENT_BOUNDS.jinhua[1][0], EXTENT_BOUNDS.jinhua[0][1]])!;
    expect([xWest, xEast]).toEqual([expect.closeTo(24, 0), expect.closeTo(366, 0)]);
    expect(yNorth).toBeGreaterThanOrEqual(23.9);
    expect(ySouth).toBeLessThanOrEqual(436.1);
  });
});

describe('subjectBounds', () => {
  const zhejiang = EXTENT_BOUNDS.zhejiang;

  it('frames the points with a margin, inside the extent', () => {
    const [[w, s], [e, n]] = subjectBounds(zhejiang, [
      [119.65, 29.08],
      [121.55, 29.87],
    ]);
    expect(w).toBeLessThan(119.65);
    expect(e).toBeGreaterThan(121.55);
    expect(s).toBeLessThan(29.08);
    expect(n).toBeGreaterThan(29.87);
    expect([w, s, e, n].every((v, i) => v >= zhejiang[0][i % 2]! && v <= zhejiang[1][i % 2]!)).toBe(true);
  });

  it('keeps a share of the extent around a single point, shifted back inside at an edge', () => {
    const [[w, s], [e, n]] = subjectBounds(zhejiang, [[122.5, 30.0]], 0.4);
    expect(e - w).toBeCloseTo((zhejiang[1][0] - zhejiang[0][0]) * 0.4, 5);
    expect(n - s).toBeCloseTo((zhejiang[1][1] - zhejiang[0][1]) * 0.4, 5);
    expect(e).toBe(zhejiang[1][0]);
  });

  it('is the whole extent when nothing shown lies in it', () => {
    expect(subjectBounds(zhejiang, [[-3.7, 40.4]])).toEqual(zhejiang);
    expect(subjectBounds(zhejiang, [])).toEqual(zhejiang);
  });
});
