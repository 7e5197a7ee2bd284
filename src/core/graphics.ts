/**
 * One registration per graphic kind (what a step's `graphic:` names): the element that draws it,
 * the catalogue rows its view names, how the view becomes the element's properties, and the map
 * geometry it draws. Everything else that differs by kind is derived from this table: the
 * parser's checks (src/build/read/parse-story.ts), the rows a page ships (src/build/story-data.ts),
 * the geometry preload (src/build/vite/preload-plugin.ts), the map credit (src/build/published.ts),
 * the element loaders (src/elements/loaders.ts) and so the offline file's code.
 *
 * Adding a kind: its view in StepView (src/core/schema/story.ts), its spec here, its element folder
 * in src/elements/, its line in src/elements/loaders.ts. Each one missing is a tsc error.
 */
import type { GeoName } from './geo/assets.ts';
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

/** What an id in a view names: a row of the catalogue (`chains` are facts of topic chain), or a county. */
export type Table = 'figures' | 'places' | 'routes' | 'facts' | 'chains' | 'counties';

/** The view of one kind. */
export type ViewOf<K extends GraphicKind> = Extract<StepView, { graphic: K }>;

/** Which table each id field of a view names; for a list of objects (`groups`), the same per object. */
export type Refs<V> = {
  [F in keyof V]?: NonNullable<V[F]> extends string | readonly string[]
    ? Table
    : NonNullable<V[F]> extends readonly (infer E)[]
      ? Refs<E>
      : never;
};

/** Fields of a view that hold lists of ids. */
type IdLists<V> = { [F in keyof V]-?: NonNullable<V[F]> extends readonly string[] ? F : never }[keyof V];

export interface GraphicSpec<K extends GraphicKind> {
  /** The custom element that draws it. */
  tag: `jh-${string}`;
  /** The rows the view names, by field: each id must exist (checked at build) and its row ships with the page. */
  refs: Refs<ViewOf<K>>;
  /** Lists that pick among another list of the same view: `focus` emphasises some of `routes`. */
  within?: { [F in IdLists<ViewOf<K>>]?: IdLists<ViewOf<K>> };
  /** Fields whose figures are drawn on one scale, so must share one unit. */
  oneUnit?: readonly (keyof ViewOf<K>)[];
  /** The element's properties that show the view: a whole state, never a change to the previous one. */
  props: (view: ViewOf<K>, data: StoryData) => Record<string, unknown>;
  /**
   * The map geometry it draws (which earns the map data's credit), and who fetches it: the page,
   * asked for in the <head> when it is a page's first graphic, or a worker.
   */
  geometry?: { files: readonly GeoName[]; fetchedBy: 'page' | 'worker' };
}

/** Facts tying a county to one of `chains`: its industries, platforms and projects. */
export function industriesOf(facts: Record<string, Fact> | ReadonlyMap<string, Fact>, chains: readonly string[]): Fact[] {
  const all: Fact[] =
    facts instanceof Map ? [...(facts as ReadonlyMap<string, Fact>).values()] : Object.values(facts as Record<string, Fact>);
  return all.filter((f) => (f.topic === 'industry' || f.topic === 'platform') && !!f.chain && chains.includes(f.chain));
}

const pick = <T>(table: Record<string, T>, ids: readonly string[]): T[] => ids.map((id) => table[id]).filter((x): x is T => !!x);

const COUNTIES: GraphicSpec<'county-map'>['geometry'] = { files: ['counties'], fetchedBy: 'page' };

export const GRAPHICS = {
  'county-map': {
    tag: 'jh-county-map',
    refs: { highlight: 'counties', groups: { counties: 'counties' }, places: 'places', routes: 'routes', facts: 'facts' },
    props: (view, data) => ({
      highlight: view.highlight.join(','),
      groups: view.groups,
      places: pick(data.places, view.places),
      routes: pick(data.routes, view.routes),
      facts: pick(data.facts, view.facts),
    }),
    geometry: COUNTIES,
  },
  'route-map': {
    tag: 'jh-route-map',
    refs: { places: 'places', routes: 'routes' },
    within: { focus: 'routes' },
    props: (view, data) => ({
      extent: view.extent,
      routes: pick(data.routes, view.routes),
      emphasis: view.focus,
      places: pick(data.places, view.places),
    }),
    geometry: { files: ['eurasia', 'zhejiang', 'counties'], fetchedBy: 'worker' },
  },
  chart: {
    tag: 'jh-chart',
    refs: { figures: 'figures' },
    oneUnit: ['figures'],
    props: (view, data) => ({
      type: view.type,
      label: view.title,
      labels: view.labels ?? [],
      figures: pick(data.figures, view.figures),
      sources: Object.values(data.sources),
    }),
  },
  'chain-flow': {
    tag: 'jh-chain-flow',
    refs: { chains: 'chains' },
    within: { focus: 'chains' },
    props: (view, data) => ({
      chains: pick(data.facts, view.chains),
      industries: industriesOf(data.facts, view.chains),
      emphasis: view.focus,
    }),
  },
  'county-grid': {
    tag: 'jh-county-grid',
    refs: { chains: 'chains' },
    props: (view, data) => ({ chains: pick(data.facts, view.chains), industries: industriesOf(data.facts, view.chains) }),
    geometry: COUNTIES,
  },
  treemap: {
    tag: 'jh-treemap',
    refs: { figures: 'figures', total: 'figures' },
    oneUnit: ['figures', 'total'],
    props: (view, data) => ({
      label: view.title,
      parts: pick(data.figures, view.figures),
      total: view.total ? data.figures[view.total] : undefined,
      ...(view.rest ? { rest: view.rest } : {}),
    }),
  },
} as const satisfies { readonly [K in GraphicKind]: GraphicSpec<K> };

/** A kind's spec as data (its refs, geometry…), for code that reads any kind's without calling its `props`. */
export interface SpecData {
  tag: GraphicTag;
  refs: Readonly<Record<string, unknown>>;
  within?: Readonly<Record<string, string>>;
  oneUnit?: readonly string[];
  geometry?: GraphicSpec<GraphicKind>['geometry'];
}

export const specOf = (kind: GraphicKind): SpecData => GRAPHICS[kind];

/** The custom element of each kind. */
export type GraphicTag = (typeof GRAPHICS)[GraphicKind]['tag'];

export const tagOf = (kind: GraphicKind): GraphicTag => GRAPHICS[kind].tag;

/** The kind an element draws, by its tag (undefined for any other element). */
export const kindOfTag = (tag: string): GraphicKind | undefined =>
  (Object.keys(GRAPHICS) as GraphicKind[]).find((k) => GRAPHICS[k].tag === tag);

/** Whether a kind draws places and routes, which the page fetches apart from its own rows. */
export const drawsMapRows = (kind: GraphicKind): boolean =>
  Object.values<unknown>(GRAPHICS[kind].refs).some((t) => t === 'places' || t === 'routes');

/** The element properties that show `view`: a whole state, never a change to the previous one. */
export function propsFor(view: StepView, data: StoryData): Record<string, unknown> {
  // Each spec takes its own kind's view; TypeScript cannot tie a union view to its spec, hence the cast.
  return (GRAPHICS[view.graphic].props as (v: StepView, d: StoryData) => Record<string, unknown>)(view, data);
}

/** An id a view names: where in the view (for the error's line), which table, which id. */
export interface Ref {
  path: (string | number)[];
  table: Table;
  id: string;
}

/** Every id `view` names, by its kind's `refs`. (Build code: the parser checks them, the page ships their rows.) */
export function refsOf(view: StepView): Ref[] {
  const out: Ref[] = [];
  const walk = (value: Record<string, unknown>, refs: Record<string, unknown>, path: (string | number)[]) => {
    for (const [field, table] of Object.entries(refs)) {
      const v = value[field];
      const items: [unknown, (string | number)[]][] = Array.isArray(v)
        ? v.map((x, i) => [x, [...path, field, i]])
        : v === undefined
          ? []
          : [[v, [...path, field]]];
      for (const [item, at] of items) {
        if (typeof table === 'string') out.push({ path: at, table: table as Table, id: item as string });
        else walk(item as Record<string, unknown>, table as Record<string, unknown>, at);
      }
    }
  };
  walk(view, GRAPHICS[view.graphic].refs, []);
  return out;
}
