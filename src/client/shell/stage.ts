/**
 * Browser side of a story page: read the story data the build embedded,
 * and on each step change put that step's whole view on the graphic. The
 * graphic container gets `data-active-step` once the state is applied.
 */
import type { LitElement } from 'lit';
import type { JhChart } from '../../elements/jh-chart/jh-chart.ts';
import type { JhRouteMap } from '../../elements/jh-route-map/jh-route-map.ts';
import type { JhScroller } from '../../elements/jh-scroller/jh-scroller.ts';
import { drawsMapRows, GRAPHICS, kindOfTag, propsFor, tagOf, type MapRows, type StoryData } from '../../core/graphics.ts';
import type { GraphicKind, StepView } from '../../core/schema/story.ts';
import { whenIdle, yieldToMain } from '../../platform/schedule.ts';
import { fetchJson } from '../../platform/fetch.ts';

/** The rows the page carries (#jh-story-data); the map rows are not among them (see withMapRows). */
export function readStoryData(doc: Document = document): StoryData {
  const node = doc.getElementById('jh-story-data');
  if (!node?.textContent) throw new Error('story data (#jh-story-data) missing from the page');
  return { places: {}, routes: {}, ...(JSON.parse(node.textContent) as Omit<StoryData, keyof MapRows>) };
}

/**
 * The places and routes the story's maps draw: inline in an offline file (#jh-story-maps), else
 * the file #jh-story-data names, fetched once (a page whose first graphic is a map preloads it).
 */
export function readMapRows(doc: Document = document): Promise<MapRows> {
  const inline = doc.getElementById('jh-story-maps')?.textContent;
  if (inline) return Promise.resolve(JSON.parse(inline) as MapRows);
  const url = doc.getElementById('jh-story-data')?.dataset['maps'];
  return url ? fetchJson<MapRows>(url) : Promise.resolve({ places: {}, routes: {} });
}

/** `data` with the map rows in, when `view` is a map's. */
export async function withMapRows(view: StepView, data: StoryData): Promise<StoryData> {
  return drawsMapRows(view.graphic) ? { ...data, ...(await readMapRows()) } : data;
}

/** Resolves after the next layout (and its ResizeObserver callbacks); falls back to a timer in background tabs. */
const afterLayout = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 200);
    requestAnimationFrame(() => requestAnimationFrame(() => (clearTimeout(timer), resolve())));
  });

/** Loads the code of a kind's element and resolves once it is defined (src/elements/loaders.ts). */
export type ElementLoader = (kind: GraphicKind) => Promise<void>;

export interface Stage {
  /** Put step `id`'s whole view on the graphic; resolves once drawn (data-active-step set). */
  show(id: string): Promise<void>;
  /** Load every graphic's code now (after the first step is on screen). */
  prefetch(): void;
  /** Load the chart code ahead of need. */
  prepareChart(): void;
}

/**
 * The graphic container of a story page (scroll view or present mode): shows
 * one step's declared view at a time and marks `data-active-step` when drawn.
 */
export function createStage(graphic: HTMLElement, data: StoryData, load: ElementLoader): Stage {
  let latest = '';
  const elementFor = <E extends LitElement = LitElement>(tag: string) => graphic.querySelector<E>(`:scope > ${tag}`);

  // Each graphic's code loads when first needed: the first step's before it shows, the rest when idle.
  const defined = new Map<GraphicKind, Promise<void>>();
  const define = (kind: GraphicKind): Promise<void> => {
    let pending = defined.get(kind);
    if (!pending) {
      pending = load(kind);
      pending.catch(() => defined.delete(kind)); // a later step may retry
      defined.set(kind, pending);
    }
    return pending;
  };

  function loadFailed(el: HTMLElement, error: unknown) {
    const box = document.createElement('p');
    box.className = 'jh-graphic-error';
    box.setAttribute('role', 'alert');
    box.textContent = `这幅图没能加载（${String((error as Error)?.message ?? error)}）。文字与数据表不受影响，请刷新重试。`;
    el.replaceChildren(box);
  }

  async function show(id: string) {
    latest = id;
    const view = data.views[id];
    if (!view) return;
    const tag = tagOf(view.graphic);
    const el = elementFor(tag);
    if (!el) throw new Error(`the page has no <${tag}> for step "${id}"`);
    // Known before it is shown, so nothing has to force a layout to find out.
    const wasHidden = el.hidden;
    for (const { tag: other } of Object.values(GRAPHICS)) elementFor(other)?.toggleAttribute('hidden', other !== tag);
    graphic.dataset['graphic'] = view.graphic;
    let rows: StoryData;
    try {
      [, rows] = await Promise.all([define(view.graphic), withMapRows(view, data)]);
    } catch (error) {
      loadFailed(el, error);
      if (latest === id) graphic.dataset['activeStep'] = id;
      return;
    }
    if (latest !== id) return; // the reader has moved on while the code or the rows loaded
    // A step change arrives in the scroller's observer task, which has done its own work by now:
    // the graphic renders in a task of its own, so the two never add up to one long task.
    await yieldToMain();
    if (latest !== id) return;
    // One never shown was display:none, with no size until the next layout: let it measure, then
    // render. One shown before stayed laid out while hidden (data-shown, global.css).
    const appearing = !el.hasUpdated || (wasHidden && !('shown' in el.dataset));
    Object.assign(el, propsFor(view, rows));
    if (appearing) await afterLayout();
    await el.updateComplete;
    el.dataset['shown'] = ''; // drawn at its size: keep it laid out from now on
    if (latest === id) graphic.dataset['activeStep'] = id;
  }

  let prefetched = false;
  return {
    show,
    prefetch() {
      if (prefetched) return;
      prefetched = true;
      // An idle moment for each piece of work: a module that is ready evaluates and upgrades its
      // element at once, and the route resampling starts a slice, so done in one idle callback
      // they made one task of 60–85 ms on this machine, the longest of a port page's load.
      void (async () => {
        for (const el of [...graphic.children]) {
          const kind = kindOfTag(el.localName);
          if (!kind) continue;
          await whenIdle();
          await define(kind).catch(() => undefined);
        }
        const map = elementFor<JhRouteMap>(tagOf('route-map'));
        if (!map) return;
        const { routes } = await readMapRows();
        await whenIdle();
        await map.prepare(Object.values(routes));
      })().catch(() => undefined);
    },
    prepareChart() {
      void define('chart').then(() => elementFor<JhChart>(tagOf('chart'))?.prepare());
    },
  };
}

/** The scroll view: the scroller's step changes drive the stage. */
export function startStory(scroller: JhScroller, data: StoryData, load: ElementLoader): void {
  const graphic = scroller.querySelector<HTMLElement>('[slot="graphic"]');
  if (!graphic) throw new Error('jh-scroller has no [slot="graphic"] container');
  const stage = createStage(graphic, data, load);

  // Chart code loads when a chart step comes within half a screen of the viewport, so it is there
  // when the reader arrives, and never for a reader who stops before the first chart.
  const chartSteps = scroller.steps.filter((s) => data.views[s.dataset['step']!]?.graphic === 'chart');
  if (chartSteps.length) {
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        stage.prepareChart();
      },
      { rootMargin: '50% 0px' },
    );
    chartSteps.forEach((s) => near.observe(s));
  }

  // The other graphics' code loads once the reader moves on (a scroll, a key, a touch), while the
  // first step is on screen: none for a reader who leaves from the first screen, and none of it
  // competing with the first screen's own scripts and paint.
  let moved = false;
  const first = scroller.index >= 0 ? stage.show(scroller.steps[scroller.index]!.dataset['step']!) : Promise.resolve();
  const onMove = () => {
    if (moved) return;
    moved = true;
    MOVES.forEach((type) => removeEventListener(type, onMove, true));
    clearTimeout(timer);
    void first.finally(() => stage.prefetch());
  };
  MOVES.forEach((type) => addEventListener(type, onMove, { capture: true, passive: true }));
  // A reader who stays on the first screen still has every graphic within a while (the network
  // may be gone by the time they scroll: a meeting room).
  const timer = setTimeout(onMove, PREFETCH_ANYWAY_MS);
  scroller.addEventListener('jh-step-change', (e) => {
    onMove();
    void stage.show(e.detail.id);
  });
}

/** What says the reader is moving on from the first screen. */
const MOVES = ['scroll', 'keydown', 'pointerdown', 'wheel'] as const;
const PREFETCH_ANYWAY_MS = 15_000;
