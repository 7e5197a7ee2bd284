import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth } from './labels.ts';

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

  it('estimates CJK text wider than latin', () => {
    expect(textWidth('金华', 12)).toBe(24);
    expect(textWidth('ab', 12)).toBeCloseTo(13.2);
  });
});
