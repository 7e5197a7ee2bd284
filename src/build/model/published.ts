/**
 * Published charts: every step's graphic, as a chart with a stable id
 * (`<slug>/<chart>`), a header and a footer, that news editors can embed.
 * Pure: built from a parsed story and the catalogue, at build time; the
 * browser receives the result as `/embed/<id>/chart.json`.
 */
import type { Catalog } from '../../core/catalog.ts';
import type { EmbedChart } from '../../core/embed/chart.ts';
import { specOf, type StoryData } from '../../core/graphics.ts';
import { headingText } from '../../core/html.ts';
import type { SourceDoc } from '../../core/schema/data.ts';
import type { Story } from '../../core/schema/story.ts';
import { storyData } from './story-data.ts';
import { chartIdOf } from './urls.ts';

export const SITE_CREDIT = '八婺数据故事';
export const MAP_CREDIT_SHORT = '地图：高德地图（AMap）、Natural Earth';

/** Documents cited by every row a step's graphic draws: figures, facts, places and routes. */
function citedSources(data: StoryData, catalog: Catalog): SourceDoc[] {
  const ids = [...Object.values(data.figures), ...Object.values(data.facts), ...Object.values(data.places), ...Object.values(data.routes)]
    .map((r) => r.source)
    .filter((s) => s !== 'common');
  return [...new Set(ids)].map((id) => catalog.sources.get(id)).filter((d): d is SourceDoc => !!d);
}

/** Every step of a story as a published chart. */
export function publishedCharts(story: Story, catalog: Catalog): EmbedChart[] {
  return story.steps.map((step) => {
    const view = step.view;
    const data = storyData({ ...story, steps: [step] }, catalog);
    const sources = citedSources(data, catalog);
    data.sources = Object.fromEntries(sources.map((d) => [d.id, d]));
    const approx = [...Object.values(data.places), ...Object.values(data.routes)].some((r) => r.approx);
    const spec = specOf(view.graphic);
    const chartTitle = 'title' in view ? view.title : '';
    const title = view.embed?.title ?? (headingText(step.html) || chartTitle || story.meta.title);
    return {
      id: chartIdOf(story, step),
      slug: story.slug,
      step: step.id,
      theme: story.meta.theme,
      title,
      subtitle: view.embed?.subtitle ?? (chartTitle !== title ? chartTitle : ''),
      note: view.embed?.note ?? (view.caption ? view.caption : approx ? '图中地点位置与线路走向均为示意。' : ''),
      // Whatever draws map geometry credits the map data.
      credit: view.embed?.credit ?? (spec.geometry ? `${SITE_CREDIT} · ${MAP_CREDIT_SHORT}` : SITE_CREDIT),
      sources: sources.map((d) => d.title),
      graphic: view.graphic,
      tag: spec.tag,
      story: { title: story.meta.title, url: `/stories/${story.slug}/#${step.id}` },
      data,
      approx,
    };
  });
}

/** Old chart ids that moved: old id → current id (data/embed-redirects.yaml). */
export type Redirects = Record<string, string>;

/**
 * Check redirects against the published ids: each must point at a published
 * chart and must not shadow one. Returns problems as readable sentences.
 */
export function redirectProblems(published: readonly string[], redirects: Redirects): string[] {
  const ids = new Set(published);
  const problems: string[] = [];
  for (const [from, to] of Object.entries(redirects)) {
    if (ids.has(from)) problems.push(`redirect "${from}" shadows a published chart of the same id`);
    if (!ids.has(to)) problems.push(`redirect "${from}" → "${to}": no published chart has that id`);
  }
  return problems;
}
