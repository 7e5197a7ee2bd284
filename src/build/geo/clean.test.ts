import { describe, it, expect } from 'vitest';
import { geoArea } from 'd3-geo';
import { cleanRing, dedupe, isSpike, removeKnots, removeSpikes, rewind, signedArea, type Ring } from './clean.ts';

// A 2×2 square, clockwise with north up (d3's exterior winding), closed.
const square: Ring = [
  [0, 0],
  [0, 2],
  [1, 2],
  [2, 2],
  [2, 0],
  [0, 0],
];

/** Rotates a closed ring to start at its lowest point, so rings compare regardless of start. */
function normalize(ring: Ring): string {
  const open = ring.slice(0, -1);
  let k = 0;
  open.forEach((p, i) => {
    const q = open[k]!;
    if (p[0]! < q[0]! || (p[0] === q[0] && p[1]! < q[1]!)) k = i;
  });
  return JSON.stringify([...open.slice(k), ...open.slice(0, k)]);
}

describe('dedupe', () => {
  it('drops consecutive duplicates and keeps the ring closed', () => {
    expect(
      dedupe([
        [0, 0],
        [0, 0],
        [0, 2],
        [0, 2],
        [2, 2],
        [2, 0],
        [0, 0],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [0, 2],
      [2, 2],
      [2, 0],
      [0, 0],
    ]);
  });
});

describe('isSpike', () => {
  it('flags out-and-back turns only', () => {
    expect(isSpike([0, 0], [1, 1], [0, 0])).toBe(true); // neighbours identical
    expect(isSpike([0, 0], [3, 0], [1, 0])).toBe(true); // 180° turn, different neighbours
    expect(isSpike([0, 0], [1, 0], [1, 1])).toBe(false); // right angle
    expect(isSpike([0, 0], [1, 0], [2, 0])).toBe(false); // straight on
    expect(isSpike([0, 0], [10, 1], [0, 3])).toBe(false); // sharp but real: ~17° apex
  });
});

describe('removeSpikes', () => {
  it('removes a one-point spike on an edge', () => {
    const spiky: Ring = [
      [0, 0],
      [0, 2],
      [1, 2],
      [1, 4],
      [1, 2],
      [2, 2],
      [2, 0],
      [0, 0],
    ];
    expect(removeSpikes(spiky)).toEqual(square);
  });

  it('removes nested spikes (a→b→c→b→a) and duplicates inside them', () => {
    const spiky: Ring = [
      [0, 0],
      [0, 2],
      [1, 2],
      [1, 3],
      [1, 3],
      [1, 4],
      [1, 3],
      [1, 2],
      [2, 2],
      [2, 0],
      [0, 0],
    ];
    expect(removeSpikes(spiky)).toEqual(square);
  });

  it('removes a spike that sits on the closing point', () => {
    const seam: Ring = [
      [1, 4],
      [1, 2],
      [2, 2],
      [2, 0],
      [0, 0],
      [0, 2],
      [1, 2],
      [1, 4],
    ];
    const out = removeSpikes(seam);
    expect(normalize(out)).toBe(normalize(square));
    expect(out[0]).toEqual(out[out.length - 1]);
  });

  it('returns [] for a ring that collapses to a line', () => {
    expect(
      removeSpikes([
        [0, 0],
        [1, 0],
        [2, 0],
        [1, 0],
        [0, 0],
      ]),
    ).toEqual([]);
  });
});

describe('removeKnots', () => {
  // The top edge makes a one-cell loop at (1, 2) before going on, as AMap does.
  const knotted: Ring = [
    [0, 0],
    [0, 2],
    [1, 2],
    [1, 2.5],
    [1.5, 2.5],
    [1, 2],
    [2, 2],
    [2, 0],
    [0, 0],
  ];

  it('cuts a small loop back to the point where it closes', () => {
    expect(removeKnots(knotted)).toEqual(square);
  });

  it('keeps loops longer than maxLoop (a real lobe on a narrow neck)', () => {
    expect(removeKnots(knotted, 2)).toEqual(knotted);
  });

  it('gives the same outline whichever way the ring is walked', () => {
    // Two interleaved knots, at (1, 2) and (1.5, 2): the two neighbours of a
    // border walk them in opposite directions and must still agree.
    const ring: Ring = [
      [0, 0],
      [0, 2],
      [1, 2],
      [1, 3],
      [1.5, 2],
      [1.5, 3],
      [1, 2],
      [2, 3],
      [1.5, 2],
      [3, 2],
      [3, 0],
      [0, 0],
    ];
    const forward = cleanRing(ring);
    const backward = cleanRing([...ring].reverse());
    expect(normalize([...backward].reverse())).toBe(normalize(forward));
    expect(forward.length).toBeLessThan(ring.length);
  });
});

describe('cleanRing', () => {
  it('removes duplicates, knots and spikes together', () => {
    const messy: Ring = [
      [0, 0],
      [0, 0],
      [0, 2],
      [1, 2],
      [1, 2.5],
      [1.5, 2.5],
      [1, 2],
      [1, 2],
      [1, 4],
      [1, 2],
      [2, 2],
      [2, 0],
      [0, 0],
    ];
    expect(cleanRing(messy)).toEqual(square);
  });
});

describe('rewind', () => {
  const ccw: Ring = [...square].reverse(); // RFC 7946 winding: d3 reads it as the whole globe minus the square
  const hole: Ring = [
    [0.5, 0.5],
    [0.5, 1],
    [1, 1],
    [1, 0.5],
    [0.5, 0.5],
  ]; // clockwise: wrong for a hole

  it('makes exteriors clockwise and holes counter-clockwise', () => {
    const out = rewind({ type: 'Polygon', coordinates: [ccw, hole] });
    expect(signedArea(out.coordinates[0]!)).toBeLessThan(0);
    expect(signedArea(out.coordinates[1]!)).toBeGreaterThan(0);
  });

  it('turns a globe-filling polygon into a small one for d3-geo', () => {
    expect(geoArea({ type: 'Polygon', coordinates: [ccw] })).toBeGreaterThan(12); // ≈ 4π sr
    const fixed = rewind({ type: 'MultiPolygon', coordinates: [[ccw], [square]] });
    expect(geoArea(fixed)).toBeLessThan(0.01);
  });

  it('leaves correctly wound rings alone', () => {
    expect(rewind({ type: 'Polygon', coordinates: [square] }).coordinates[0]).toEqual(square);
  });
});
