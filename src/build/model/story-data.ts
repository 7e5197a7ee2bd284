/**
 * Which rows of the catalogue a story uses, derived from what its steps name (each kind's `refs`,
 * src/core/graphics.ts) and what its text cites: the rows its pages ship, the figures and facts
 * its sources section lists.
 */
import type { Catalog } from '../../core/catalog.ts';
import { industriesOf, refsOf, type MapRows, type StoryData } from '../../core/graphics.ts';
import type { Fact, Figure } from '../../core/schema/data.ts';
import type { Story } from '../../core/schema/story.ts';

/** Rows of the catalogue that a story's steps and text use. */
export function storyData(story: Story, catalog: Catalog): StoryData {
  const data: StoryData = { views: {}, figures: {}, places: {}, routes: {}, facts: {}, sources: {} };
  const take = <T>(from: ReadonlyMap<string, T>, to: Record<string, T>, id: string) => {
    const row = from.get(id);
    if (row) to[id] = row;
  };
  for (const step of story.steps) {
    data.views[step.id] = step.view;
    const chains: string[] = [];
    for (const { table, id } of refsOf(step.view)) {
      if (table === 'chains') chains.push(id);
      if (table === 'figures') take(catalog.figures, data.figures, id);
      else if (table === 'places') take(catalog.places, data.places, id);
      else if (table === 'routes') take(catalog.routes, data.routes, id);
      else if (table === 'facts' || table === 'chains') take(catalog.facts, data.facts, id);
    }
    // A chain brings the facts that tie counties to it (what the chain graphics draw).
    for (const f of industriesOf(catalog.facts, chains)) data.facts[f.id] = f;
  }
  for (const f of [...Object.values(data.figures), ...Object.values(data.facts)]) take(catalog.sources, data.sources, f.source);
  return data;
}

export const hasMapRows = (rows: MapRows): boolean => Object.keys(rows.places).length + Object.keys(rows.routes).length > 0;

/** A story's rows split into what its page carries inline and what only its maps draw. */
export function splitStoryData({ places, routes, ...page }: StoryData): { page: Omit<StoryData, keyof MapRows>; maps: MapRows } {
  return { page, maps: { places, routes } };
}

/** Every figure the page shows: cited in text or plotted, in first-use order. */
export function figuresShown(story: Story, catalog: Catalog): Figure[] {
  const ids = new Set<string>();
  for (const step of story.steps) {
    step.cites.forEach((id) => ids.add(id));
    for (const ref of refsOf(step.view)) if (ref.table === 'figures') ids.add(ref.id);
  }
  return [...ids].map((id) => catalog.figures.get(id)).filter((f): f is Figure => !!f);
}

/** Every sourced fact the page's graphics show (labels on maps, chain links), in first-use order. */
export function factsShown(story: Story, catalog: Catalog): Fact[] {
  return Object.values(storyData(story, catalog).facts);
}
