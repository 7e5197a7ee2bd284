/**
 * The one place that imports ECharts: the core plus only the charts,
 * components and renderer we ship, in server-side mode. A chart is drawn to
 * a tree of SVG elements with no DOM at all, so the same code runs in a
 * worker (the usual case, off the main thread) or on the page (where a
 * worker cannot start, e.g. a script embed on another site). Loaded on first
 * need, in its own chunk.
 */
import { use, init } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { buildFigureChartOption, type FigureChartInput } from './figure-chart.ts';
import { fromZrVNode, type SvgNode, type ZrVNode } from './svg-tree.ts';

use([BarChart, LineChart, GridComponent, SVGRenderer]);

export { setPlatformAPI } from 'echarts/core';

export interface ChartRequest extends FigureChartInput {
  width: number;
  height: number;
}

interface SvgPainter {
  renderToVNode(opts: { animation: boolean; emphasis: boolean; compress: boolean; useViewBox: boolean }): ZrVNode;
}

/** Draws one bar or line chart of figures at the given size. */
export function renderFigureChart(request: ChartRequest): SvgNode {
  const { width, height, ...input } = request;
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, width: Math.max(1, width), height: Math.max(1, height) });
  try {
    chart.setOption({ ...buildFigureChartOption(input), animation: false });
    // `emphasis` marks the data elements (series and index), which our stylesheet animates.
    const painter = (chart.getZr() as unknown as { painter: SvgPainter }).painter;
    return fromZrVNode(painter.renderToVNode({ animation: false, emphasis: true, compress: true, useViewBox: true }))!;
  } finally {
    chart.dispose();
  }
}
