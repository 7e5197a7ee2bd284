/**
 * What a story file may declare. Each step states the whole view it wants shown (never a change
 * relative to the previous step), so any step can be shown on its own: after a fast scroll, a jump
 * back, or a link to it. Build code parses with these schemas; browser code imports their types only.
 */
import { z } from 'zod';

/** Named map extents a route-map step may ask for (their bounds: src/core/geo/view.ts). */
export const EXTENTS = ['eurasia', 'china', 'east-china', 'zhejiang', 'jinhua'] as const;
export type ExtentName = (typeof EXTENTS)[number];

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case latin id, e.g. "xinou-lines"');
const ids = z.array(id);

export const FrontMatter = z.strictObject({
  title: z.string().min(1),
  /** Short label above the title, e.g. the theme 陆港枢纽. */
  kicker: z.string().min(1),
  lede: z.string().min(1),
  byline: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  theme: z.enum(['port', 'corridor', 'chain']),
  /** Source documents the story draws on, by id in data/sources.yaml. */
  sources: z.array(z.string().regex(/^\d{3}$/)).min(1),
  /** The step whose graphic is the story's preview image on the landing page (default: the first). */
  preview: z.string().optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

/**
 * How a step's graphic is published as an embeddable chart (`/embed/<slug>/<id>/`).
 * Every step is published; these override what is derived from the step.
 */
export const EmbedMeta = z.strictObject({
  /** The chart's id within its story (default: the step id). A published id never changes without a redirect. */
  id: id.optional(),
  /** Headline above the chart (default: the step's heading). */
  title: z.string().min(1).optional(),
  /** Line under the headline (default: the chart's title or caption). */
  subtitle: z.string().min(1).optional(),
  /** Note under the chart. */
  note: z.string().min(1).optional(),
  /** Credit line (default: 八婺数据故事, plus the map credit for maps). */
  credit: z.string().min(1).optional(),
});
export type EmbedMeta = z.infer<typeof EmbedMeta>;

const common = {
  id,
  /** Speaker notes for present mode; never shown in the scroll view. */
  notes: z.string().optional(),
  embed: EmbedMeta.optional(),
};

export const CountyMapView = z.strictObject({
  ...common,
  graphic: z.literal('county-map'),
  /** Counties drawn in the accent colour. */
  highlight: z.array(z.string()).default([]),
  /** Categories: a label per group of counties, drawn in the counties' own colours with a legend. */
  groups: z.array(z.strictObject({ label: z.string().min(1), counties: z.array(z.string()).min(1) })).default([]),
  /** Places (data/places/) marked on the map. */
  places: ids.default([]),
  /** Routes (data/routes/) drawn over the counties. */
  routes: ids.default([]),
  /** Facts (data/facts/) printed under their county's name, e.g. what it makes. */
  facts: ids.default([]),
  caption: z.string().optional(),
});

export const RouteMapView = z.strictObject({
  ...common,
  graphic: z.literal('route-map'),
  extent: z.enum(EXTENTS),
  routes: ids.default([]),
  /** Routes drawn emphasised; the rest of `routes` are drawn quietly. */
  focus: ids.default([]),
  places: ids.default([]),
  caption: z.string().optional(),
});

export const ChartView = z
  .strictObject({
    ...common,
    graphic: z.literal('chart'),
    type: z.enum(['bar', 'line']),
    /** Figures plotted, in order; all must share one unit. */
    figures: ids.min(1),
    /** A short label per figure, printed under its period (e.g. two scopes of one quantity). */
    labels: z.array(z.string().min(1)).optional(),
    title: z.string().min(1),
    caption: z.string().optional(),
  })
  .superRefine((view, ctx) => {
    if (view.labels && view.labels.length !== view.figures.length)
      ctx.addIssue({
        code: 'custom',
        path: ['labels'],
        message: `labels has ${view.labels.length} entries for ${view.figures.length} figures`,
      });
  });

export const ChainFlowView = z.strictObject({
  ...common,
  graphic: z.literal('chain-flow'),
  /** Chain facts (topic chain), in display order. */
  chains: ids.min(1),
  /** Chains to emphasise; all when empty. */
  focus: ids.default([]),
  caption: z.string().optional(),
});

export const CountyGridView = z.strictObject({
  ...common,
  graphic: z.literal('county-grid'),
  /** Chain facts (topic chain): one small map each. */
  chains: ids.min(1),
  caption: z.string().optional(),
});

export const TreemapView = z.strictObject({
  ...common,
  graphic: z.literal('treemap'),
  /** The named parts (figures of one unit and kind). */
  figures: ids.min(1),
  /** The whole, if the sources give it. */
  total: id.optional(),
  /** Label of what the parts leave of the whole (drawn without a number). */
  rest: z.string().optional(),
  title: z.string().min(1),
  caption: z.string().optional(),
});

export const StepView = z.discriminatedUnion('graphic', [
  CountyMapView,
  RouteMapView,
  ChartView,
  ChainFlowView,
  CountyGridView,
  TreemapView,
]);
export type StepView = z.infer<typeof StepView>;
export type CountyMapView = z.infer<typeof CountyMapView>;
export type RouteMapView = z.infer<typeof RouteMapView>;
export type ChartView = z.infer<typeof ChartView>;
export type ChainFlowView = z.infer<typeof ChainFlowView>;
export type CountyGridView = z.infer<typeof CountyGridView>;
export type TreemapView = z.infer<typeof TreemapView>;
export type GraphicKind = StepView['graphic'];

export interface Step {
  id: string;
  view: StepView;
  /** Sanitised HTML of the step's Markdown text. */
  html: string;
  /** Figure ids cited in the text. */
  cites: string[];
  /** 1-based line of the step's fence in the story file. */
  line: number;
}

export interface Story {
  slug: string;
  file: string;
  meta: FrontMatter;
  /** Sanitised HTML of the Markdown before the first step. */
  intro: string;
  /** Sanitised HTML of the Markdown after an `outro` fence, below the scroller. */
  outro: string;
  steps: Step[];
}
