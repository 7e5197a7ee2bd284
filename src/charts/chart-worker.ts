/**
 * The chart worker: ECharts starts and draws here, off the main thread, and
 * posts back a plain SVG tree. Text is measured on an OffscreenCanvas with
 * the same system fonts the page uses.
 */
import { renderFigureChart, setPlatformAPI, type ChartRequest } from '../echarts.ts';

const context = new OffscreenCanvas(1, 1).getContext('2d');
if (context)
  setPlatformAPI({
    measureText(text: string, font?: string) {
      if (font) context.font = font;
      return context.measureText(text);
    },
  });

export interface WorkerAsk {
  id: number;
  request?: ChartRequest;
}

self.addEventListener('message', (event: MessageEvent<WorkerAsk>) => {
  const { id, request } = event.data;
  if (!request) return void self.postMessage({ id, ready: true });
  try {
    self.postMessage({ id, tree: renderFigureChart(request) });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
