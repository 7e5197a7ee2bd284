/**
 * What the build publishes for each chart and the browser reads: `/embed/<id>/chart.json` (an
 * EmbedChart, drawn by the embed page and by <jh-embed>) and `/embed/index.json` (a ChartListing
 * per chart, from which the share dialog writes its codes). Types only.
 */
import type { StoryData } from '../graphics.ts';
import type { GraphicKind, Story } from '../schema/story.ts';

/** Everything an embed needs to draw one chart with its header and footer. */
export interface EmbedChart {
  /** Stable id, `<slug>/<chart>`, e.g. `port/xinou-trains`. */
  id: string;
  slug: string;
  /** The step whose view the chart shows. */
  step: string;
  theme: Story['meta']['theme'];
  title: string;
  subtitle: string;
  note: string;
  credit: string;
  /** Titles of the documents the plotted rows cite, in first-use order. */
  sources: string[];
  graphic: GraphicKind;
  /** The custom element that draws it. */
  tag: string;
  /** The story it comes from, for the footer link. */
  story: { title: string; url: string };
  /** The one step's view and rows (views has exactly one entry). */
  data: StoryData;
  /** True where positions or routes are approximate (示意). */
  approx: boolean;
}

/** A chart in the list the share dialog writes its codes from (`/embed/index.json`). */
export interface ChartListing {
  id: string;
  title: string;
  /** Height of the embed page at the default width (px), used where no script can resize the frame. */
  height: number;
  /** The static image's size in CSS pixels. */
  image: { width: number; height: number };
  /** Text alternative of the static image. */
  alt: string;
  /** The story page the chart comes from (path). */
  story: string;
}
