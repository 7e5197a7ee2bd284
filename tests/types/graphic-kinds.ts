/**
 * Type tests, checked by `tsc --noEmit` in `npm test`: each `@ts-expect-error` fails the type check
 * when the line under it compiles, so these prove that an incomplete graphic kind does not build.
 * (Adding a kind: StepView, its spec in src/core/graphics.ts, its element, its loader; see README.)
 */
import { GRAPHICS, type GraphicSpec } from '../../src/core/graphics.ts';
import type { GraphicKind } from '../../src/core/schema/story.ts';
import type { Loaders } from '../../src/elements/loaders.ts';

const load = () => Promise.resolve();

// A registered kind without its line in the loader map does not compile.
// @ts-expect-error -- 'treemap' has no loader
export const kindWithoutLoader: Loaders = { 'county-map': load, 'route-map': load, chart: load, 'chain-flow': load, 'county-grid': load };

// Nor does a loader for a kind that is not registered.
export const loaderWithoutKind: Loaders = {
  ...{ 'county-map': load, 'route-map': load, chart: load, 'chain-flow': load, 'county-grid': load, treemap: load },
  // @ts-expect-error -- no kind "pie" in StepView
  pie: load,
};

// A kind in StepView without its spec does not compile.
// @ts-expect-error -- 'treemap' has no spec
export const kindWithoutSpec: { readonly [K in GraphicKind]: GraphicSpec<K> } = { ...GRAPHICS, treemap: undefined };

// A spec whose refs name a field its view does not have does not compile.
export const refToNoField: GraphicSpec<'chart'> = {
  ...GRAPHICS.chart,
  // @ts-expect-error -- a chart's view has no field "figurez"
  refs: { figurez: 'figures' },
};

// Nor one that names a table that does not exist.
export const refToNoTable: GraphicSpec<'chart'> = {
  ...GRAPHICS.chart,
  // @ts-expect-error -- no table "numbers"
  refs: { figures: 'numbers' },
};
