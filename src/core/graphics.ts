/**
 * Block registry: each graphic kind a step may name → the element that shows
 * it and how a step's view becomes that element's properties. Adding a graphic
 * kind means adding it here and to StepView in schema.ts.
 */
import type { Fact, Figure, Place, Route, SourceDoc } from './schema/data.ts';
import type { GraphicKind, StepView } from './schema/story.ts';

/** The data a page ships for its story: only the rows its steps use. */
export interface StoryData {
  views: Record<string, StepView>;
  figures: Record<string, Figure>;
  places: Record<string, Place>;
  routes: Record<string, Route>;
  facts: Record<string, Fact>;
  sources: Record<string, SourceDoc>;
}

/**
 * The rows only maps draw: their places and routes (route paths are most of a story's data). A page
 * keeps them out of its HTML, which then arrives in the first round trip of a slow connection.
 */
export type MapRows = Pick<StoryData, 'places' | 'routes'>;

/** The graphic kinds that draw places and routes. */
export const MAP_GRAPHICS: ReadonlySet<GraphicKind> = new Set(['county-map', 'route-map']);

export const GRAPHIC_TAGS: Readonly<Record<GraphicKind, string>> = {
  'county-map': 'jh-county-map',
  'route-map': 'jh-route-map',
  chart: 'jh-chart',
  'chain-flow': 'jh-chain-flow',
  'county-grid': 'jh-county-grid',
  treemap: 'jh-treemap',
};

/** Facts tying a county to one of `chains`: its industries, platforms and projects. */
export function industriesOf(facts: Record<string, Fact> | ReadonlyMap<string, Fact>, chains: readonly string[]): Fact[] {
  const all: Fact[] = facts instanceof Map ? [...facts.values()] : Object.values(facts as Record<string, Fact>);
  return all.filter((f) => (f.topic === 'industry' || f.topic === 'platform') && !!f.chain && chains.includes(f.chain));
}

const pick = <T>(table: Record<string, T>, ids: readonly string[]): T[] => ids.map((id) => table[id]).filter((x): x is T => !!x);

/** The element properties that show `view`: a whole state, never a change to the previous one. */
export function propsFor(view: StepView, data: StoryData): Record<string, unknown> {
  switch (view.graphic) {
    case 'county-map':
      return {
        highlight: view.highlight.join(','),
        groups: view.groups,
        places: pick(data.places, view.places),
        routes: pick(data.routes, view.routes),
        facts: pick(data.facts, view.facts),
      };
    case 'route-map':
      return {
        extent: view.extent,
        routes: pick(data.routes, view.routes),
        emphasis: view.focus,
        places: pick(data.places, view.places),
      };
    case 'chart':
      return {
        type: view.type,
        label: view.title,
        labels: view.labels ?? [],
        figures: pick(data.figures, view.figures),
        sources: Object.values(data.sources),
      };
    case 'chain-flow':
      return { chains: pick(data.facts, view.chains), industries: industriesOf(data.facts, view.chains), emphasis: view.focus };
    case 'county-grid':
      return { chains: pick(data.facts, view.chains), industries: industriesOf(data.facts, view.chains) };
    case 'treemap':
      return {
        label: view.title,
        parts: pick(data.figures, view.figures),
        total: view.total ? data.figures[view.total] : undefined,
        ...(view.rest ? { rest: view.rest } : {}),
      };
  }
}
