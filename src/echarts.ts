/**
 * The one place that imports ECharts: the core plus only the charts,
 * components and renderer we ship. Loaded on first need, in its own chunk.
 */
import { use, init, type ECharts } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { init };
export type { ECharts };
