/** The graphic elements, each its own chunk, by tag: what a story page may load. */
export const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'jh-county-map': () => import('./jh-county-map/jh-county-map.ts'),
  'jh-route-map': () => import('./jh-route-map/jh-route-map.ts'),
  'jh-chart': () => import('./jh-chart/jh-chart.ts'),
  'jh-chain-flow': () => import('./jh-chain-flow/jh-chain-flow.ts'),
  'jh-county-grid': () => import('./jh-county-grid/jh-county-grid.ts'),
  'jh-treemap': () => import('./jh-treemap/jh-treemap.ts'),
};

export const loadElement = (tag: string) => ELEMENTS[tag]?.();

/** Load a graphic element's chunk and wait until the tag is defined; rejects for an unknown tag. */
export async function defineElement(tag: string): Promise<void> {
  const load = ELEMENTS[tag];
  if (!load) throw new Error(`no graphic element <${tag}>`);
  await load();
  await customElements.whenDefined(tag);
}
