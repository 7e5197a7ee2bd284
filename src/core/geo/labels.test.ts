import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, pointsAlong, segmentCrosses, textWidth } from './labels.ts';

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    const [l] = placeLabels([{ id: 'a', text: '金华', x: 100, y: 100 }], 400, 300);
    expect(l).toMatchObject({ side: 'right', anchor: 'start', tx: 108 });
  });

  it('moves a label that would collide, and drops one with no room', () => {
    const labels = placeLabels(
      [
        { id: 'a', text: '宁波舟山港', x: 100, y: 100 },
        { id: 'b', text: '金华', x: 104, y: 100 },
        { id: 'c', text: '义乌', x: 102, y: 100 },
        { id: 'd', text: '东阳', x: 103, y: 100 },
        { id: 'e', text: '永康', x: 101, y: 101 },
      ],
      400,
      300,
    );
    expect(labels.map((l) => [l.id, l.side])).toEqual([
      ['a', 'right'],
      ['b', 'left'],
      ['c', 'top'],
      ['d', 'bottom'],
    ]);
  });

  it('keeps labels inside the box', () => {
    const [l] = placeLabels([{ id: 'a', text: '马德里', x: 395, y: 150 }], 400, 300);
    expect(l?.side).toBe('left');
  });

  it('takes a side clear of the drawn lines when there is one', () => {
    // A line running down just right of the point: the label goes left of it instead.
    const lines: [number, number][][] = [
      [
        [112, 0],
        [112, 300],
      ],
    ];
    const [l] = placeLabels([{ id: 'a', text: '金华', x: 100, y: 100 }], 400, 300, { lines });
    expect(l).toMatchObject({ side: 'left', anchor: 'end', tx: 92 });
  });

  it('moves a route’s name along it to a spot clear of the other lines', () => {
    const route: [number, number][] = [
      [0, 150],
      [400, 150],
    ];
    // Another line crosses the middle of the route, on every side of it.
    const lines = [
      route,
      [
        [190, 0],
        [190, 300],
      ] as [number, number][],
      [
        [210, 0],
        [210, 300],
      ] as [number, number][],
    ];
    const [mid, ...along] = pointsAlong(route);
    const [l] = placeLabels([{ id: 'route:r', text: '甬金铁路', x: mid![0], y: mid![1], along }], 400, 300, { lines });
    expect(l!.side, 'above or below its own line').toMatch(/top|bottom/);
    expect(Math.abs(l!.x - 200), 'moved away from the crossing').toBeGreaterThan(30);
    expect(l!.y).toBe(150);
  });

  it('still names a point where every spot crosses a line, rather than dropping it', () => {
    const lines: [number, number][][] = [
      [
        [0, 0],
        [400, 300],
      ],
      [
        [0, 300],
        [400, 0],
      ],
      [
        [0, 150],
        [400, 150],
      ],
      [
        [200, 0],
        [200, 300],
      ],
    ];
    const [l] = placeLabels([{ id: 'a', text: '义乌', x: 200, y: 150 }], 400, 300, { lines });
    expect(l).toMatchObject({ side: 'right', x: 200, y: 150 });
  });

  it('never drops a label to keep another clear of a line', () => {
    // 金华's clear spot (left, past the line on its right) is 义乌's only free spot; the others are blocked.
    const lines: [number, number][][] = [
      [
        [120, 0],
        [120, 300],
      ],
    ];
    const blocked = [
      { x0: 0, y0: 0, x1: 400, y1: 92.5 },
      { x0: 0, y0: 107.5, x1: 400, y1: 300 },
      { x0: 0, y0: 0, x1: 55, y1: 300 },
    ];
    const requests = [
      { id: 'a', text: '金华', x: 100, y: 100 },
      { id: 'b', text: '义乌', x: 62, y: 100 },
    ];
    expect(
      placeLabels(requests, 400, 300, { blocked }).map((l) => l.id),
      'fixture: both fit without lines',
    ).toEqual(['a', 'b']);
    expect(placeLabels(requests, 400, 300, { blocked, lines }).map((l) => [l.id, l.side])).toEqual([
      ['a', 'right'],
      ['b', 'right'],
    ]);
  });

  it('finds where a segment passes through a box', () => {
    const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
    expect(segmentCrosses([0, 15], [30, 15], box)).toBe(true);
    expect(segmentCrosses([15, 15], [16, 16], box), 'wholly inside').toBe(true);
    expect(segmentCrosses([0, 0], [30, 5], box)).toBe(false);
    expect(segmentCrosses([0, 25], [25, 0], box), 'across a corner').toBe(true);
    expect(segmentCrosses([0, 45], [45, 0], box), 'past a corner').toBe(false);
    expect(segmentCrosses([10, 0], [10, 30], box), 'along an edge').toBe(true);
    expect(segmentCrosses([9, 0], [9, 30], box), 'beside an edge').toBe(false);
  });

  it('agrees with an exact test for any segment and box', () => {
    // With integers, exactly: an end inside the box, or the segment meets one of its edges.
    type P = [number, number];
    const orient = (a: P, b: P, c: P) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
    const onSegment = (a: P, b: P, c: P) =>
      Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);
    const meet = (a: P, b: P, c: P, d: P) => {
      const [o1, o2, o3, o4] = [orient(a, b, c), orient(a, b, d), orient(c, d, a), orient(c, d, b)];
      if (o1 !== o2 && o3 !== o4) return true;
      return (
        (o1 === 0 && onSegment(a, b, c)) ||
        (o2 === 0 && onSegment(a, b, d)) ||
        (o3 === 0 && onSegment(c, d, a)) ||
        (o4 === 0 && onSegment(c, d, b))
      );
    };
    const point = fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 }));
    fc.assert(
      fc.property(point, point, point, fc.nat(15), fc.nat(15), (p, q, [x0, y0], w, h) => {
        const box = { x0, y0, x1: x0 + w, y1: y0 + h };
        const inside = ([x, y]: P) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
        const corners: P[] = [
          [box.x0, box.y0],
          [box.x1, box.y0],
          [box.x1, box.y1],
          [box.x0, box.y1],
        ];
        const exact = inside(p) || inside(q) || corners.some((c, i) => meet(p, q, c, corners[(i + 1) % 4]!));
        expect(segmentCrosses(p, q, box)).toBe(exact);
      }),
      { numRuns: 5000 },
    );
  });

  it('spaces points along a line by length, the middle first', () => {
    const line: [number, number][] = [
      [0, 0],
      [10, 0],
      [100, 0],
    ];
    expect(pointsAlong(line, [0.5, 0.25, 1])).toEqual([
      [50, 0],
      [25, 0],
      [100, 0],
    ]);
    expect(pointsAlong([[5, 5]])).toEqual([[5, 5]]);
  });

  it('estimates CJK text wider than latin', () => {
    expect(textWidth('金华', 12)).toBe(24);
    expect(textWidth('ab', 12)).toBeCloseTo(13.2);
  });
});
