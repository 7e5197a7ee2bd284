import { describe, expect, it } from 'vitest';
import { cardInset, EXTENT_BOUNDS, projectionFor, viewFor } from './view.ts';

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

  it('keeps the extent above the step cards on a phone', () => {
    const vp = { width: 390, height: 844, padding: 24, bottom: cardInset(390, 844) };
    expect(vp.bottom).toBeGreaterThan(300);
    const p = projectionFor(viewFor(EXTENT_BOUNDS.jinhua, vp), vp);
    const [, ySouth] = p([120, EXTENT_BOUNDS.jinhua[0][1]])!;
    expect(ySouth).toBeLessThanOrEqual(844 - vp.bottom - 23.9);
  });

  it('reserves nothing on wide viewports', () => {
    expect(cardInset(1440, 900)).toBe(0);
  });
});
