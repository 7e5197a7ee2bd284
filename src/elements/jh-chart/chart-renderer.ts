/**
 * Draws figure charts off the main thread. ECharts loads, starts and lays
 * out text in a worker; the page receives a plain SVG tree and builds it in
 * one short task, so a step that brings a chart in never blocks scrolling.
 *
 * Where a worker cannot start (a script embed on another site's page, a CSP
 * without workers, an old browser), the same ECharts module runs on the
 * page instead: slower, but the chart is the same.
 */
import type { ChartRequest } from './echarts.ts';
import type { SvgNode } from './svg-tree.ts';
import { offThread } from '../../platform/off-thread.ts';

const ask = offThread<ChartRequest, SvgNode>(
  () => new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module', name: 'jh-chart' }),
  async () => (await import('./echarts.ts')).renderFigureChart,
);

/** Start ECharts ahead of need (the worker loads it, or the page when there is no worker). */
export const warmUp = (): Promise<unknown> => ask();

/** One chart drawn at the request's size, as an SVG tree. */
export const renderChart = async (request: ChartRequest): Promise<SvgNode> => (await ask(request))!;
