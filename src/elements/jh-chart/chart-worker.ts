/**
 * The chart worker: ECharts starts and draws here, off the main thread, and
 * posts back a plain SVG tree. Text is measured on an OffscreenCanvas with
 * the same system fonts the page uses.
 */
import { renderFigureChart, setPlatformAPI } from './echarts.ts';
import { serve } from '../../platform/off-thread.ts';

const context = new OffscreenCanvas(1, 1).getContext('2d');
if (context)
  setPlatformAPI({
    measureText(text: string, font?: string) {
      if (font) context.font = font;
      return context.measureText(text);
    },
  });

serve(renderFigureChart);
