/** Words around a published chart, shared by the embed page (build) and the script embed (browser). Pure. */
import type { EmbedChart } from './chart.ts';
import { STRINGS, type Strings } from './options.ts';

/** The footer's source line: 来源：《…》《…》. */
export const sourceLine = (chart: EmbedChart, s: Strings = STRINGS['zh-CN']) =>
  chart.sources.length ? `${s.source}${chart.sources.map((t) => `《${t}》`).join('')}` : '';

/** Text alternative of the chart's still: title, subtitle and where it comes from. */
export const stillAlt = (chart: EmbedChart) => [chart.title, chart.subtitle, sourceLine(chart)].filter(Boolean).join('。');
