/**
 * The graphic elements' code, by kind: each its own chunk, loaded when a page first needs it (the
 * offline file's single bundle takes them all in). A kind registered in src/core/graphics.ts
 * without its line here does not compile, nor does a spec naming a tag no element declares.
 */
import { GRAPHICS, type GraphicTag } from '../core/graphics.ts';
import type { GraphicKind } from '../core/schema/story.ts';

export type Loaders = { readonly [K in GraphicKind]: () => Promise<unknown> };

export const LOADERS: Loaders = {
  'county-map': () => import('./jh-county-map/jh-county-map.ts'),
  'route-map': () => import('./jh-route-map/jh-route-map.ts'),
  chart: () => import('./jh-chart/jh-chart.ts'),
  'chain-flow': () => import('./jh-chain-flow/jh-chain-flow.ts'),
  'county-grid': () => import('./jh-county-grid/jh-county-grid.ts'),
  treemap: () => import('./jh-treemap/jh-treemap.ts'),
};

/** Every spec's tag is declared by an element (HTMLElementTagNameMap): one that is not is a compile error naming it. */
type Declared<T extends keyof HTMLElementTagNameMap> = T;
export type GraphicElementTag = Declared<GraphicTag>;

/** Load a kind's element and wait until its tag is defined; rejects, naming the tag, if the module defines another. */
export async function defineGraphic(kind: GraphicKind): Promise<void> {
  const tag = GRAPHICS[kind].tag;
  await LOADERS[kind]();
  if (!customElements.get(tag)) throw new Error(`the code of "${kind}" did not define <${tag}>`);
}
