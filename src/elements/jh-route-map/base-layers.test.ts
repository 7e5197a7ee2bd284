import { describe, expect, it } from 'vitest';
import { planarPath } from '../../core/geo/view.ts';
import { planePathsSliced } from './base-layers.ts';

describe('planePathsSliced', () => {
  it('draws a multipolygon exactly as one path call does, one polygon per slice', async () => {
    const square = (x: number): number[][][] => [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ];
    const features = [
      {
        type: 'Feature' as const,
        properties: {},
        geometry: { type: 'MultiPolygon' as const, coordinates: [square(100), square(110), square(120)] },
      },
      { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: square(90) } },
    ];
    const path = planarPath();
    expect(await planePathsSliced(features)).toEqual(features.map((f) => path(f) ?? ''));
  });
});
