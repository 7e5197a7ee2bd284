/**
 * Draws figure charts off the main thread. ECharts loads, starts and lays
 * out text in a worker; the page receives a plain SVG tree and builds it in
 * one short task, so a step that brings a chart in never blocks scrolling.
 *
 * Where a worker cannot start (a script embed on another site's page, a CSP
 * without workers, an old browser), the same ECharts module runs on the
 * page instead: slower, but the chart is the same.
 */
import type { ChartRequest } from '../echarts.ts';
import type { SvgNode } from './svg-tree.ts';
import type { WorkerAsk } from './chart-worker.ts';

type Reply = { id: number; tree?: SvgNode; error?: string; ready?: true };
interface Pending {
  ask: WorkerAsk;
  resolve: (tree: SvgNode | undefined) => void;
  reject: (e: Error) => void;
}

let worker: Worker | null | undefined; // undefined: not tried yet; null: unavailable
let nextId = 1;
const pending = new Map<number, Pending>();

type Module = typeof import('../echarts.ts');
let onPage: Promise<Module> | undefined;
const loadOnPage = () =>
  (onPage ??= import('../echarts.ts').catch((e: unknown) => {
    onPage = undefined; // let a later attempt retry
    throw e;
  }));

async function drawOnPage({ ask, resolve, reject }: Pending) {
  try {
    const { renderFigureChart } = await loadOnPage();
    resolve(ask.request ? renderFigureChart(ask.request) : undefined);
  } catch (e) {
    reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/** The worker failed to start or to load: everything it held is drawn on the page. */
function giveUp() {
  worker?.terminate();
  worker = null;
  const held = [...pending.values()];
  pending.clear();
  for (const p of held) void drawOnPage(p);
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module', name: 'jh-chart' });
  } catch {
    return (worker = null); // e.g. a script embed: the worker's origin is not the page's
  }
  worker.addEventListener('message', ({ data }: MessageEvent<Reply>) => {
    const p = pending.get(data.id);
    if (!p) return;
    pending.delete(data.id);
    if (data.error) p.reject(new Error(data.error));
    else p.resolve(data.tree);
  });
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    giveUp();
  });
  worker.addEventListener('messageerror', giveUp);
  return worker;
}

function ask(request?: ChartRequest): Promise<SvgNode | undefined> {
  return new Promise((resolve, reject) => {
    const p: Pending = { ask: { id: nextId++, ...(request ? { request } : {}) }, resolve, reject };
    const w = startWorker();
    if (!w) return void drawOnPage(p);
    pending.set(p.ask.id, p);
    w.postMessage(p.ask);
  });
}

/** Start ECharts ahead of need (the worker loads it, or the page when there is no worker). */
export const warmUp = (): Promise<unknown> => ask();

/** One chart drawn at the request's size, as an SVG tree. */
export const renderChart = async (request: ChartRequest): Promise<SvgNode> => (await ask(request))!;
