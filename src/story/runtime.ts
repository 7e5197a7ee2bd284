/**
 * Browser side of a story page: read the story data the build embedded,
 * and on each step change put that step's whole view on the graphic. The
 * graphic container gets `data-active-step` once the state is applied.
 */
import type { LitElement } from 'lit';
import type { JhChart } from '../components/jh-chart/jh-chart.ts';
import type { JhScroller } from '../components/jh-scroller/jh-scroller.ts';
import { GRAPHIC_TAGS, propsFor, type StoryData } from './registry.ts';

export function readStoryData(doc: Document = document): StoryData {
  const node = doc.getElementById('jh-story-data');
  if (!node?.textContent) throw new Error('story data (#jh-story-data) missing from the page');
  return JSON.parse(node.textContent) as StoryData;
}

/** Resolves after the next layout (and its ResizeObserver callbacks); falls back to a timer in background tabs. */
const afterLayout = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 200);
    requestAnimationFrame(() => requestAnimationFrame(() => (clearTimeout(timer), resolve())));
  });

export function startStory(scroller: JhScroller, data: StoryData): void {
  const found = scroller.querySelector<HTMLElement>('[slot="graphic"]');
  if (!found) throw new Error('jh-scroller has no [slot="graphic"] container');
  const graphic: HTMLElement = found;
  const ids = scroller.steps.map((s) => s.dataset['step']!);
  let latest = '';

  const elementFor = (tag: string) => graphic.querySelector<LitElement>(`:scope > ${tag}`);

  async function show(id: string) {
    latest = id;
    const view = data.views[id];
    if (!view) return;
    const tag = GRAPHIC_TAGS[view.graphic];
    const el = elementFor(tag);
    if (!el) throw new Error(`the page has no <${tag}> for step "${id}"`);
    Object.assign(el, propsFor(view, data));
    const appearing = el.hidden;
    for (const other of Object.values(GRAPHIC_TAGS)) elementFor(other)?.toggleAttribute('hidden', other !== tag);
    graphic.dataset['graphic'] = view.graphic;
    // An element that was hidden has no size until the next layout; let it measure, then render.
    if (appearing) await afterLayout();
    await el.updateComplete;
    if (latest === id) graphic.dataset['activeStep'] = id;
    prepareAhead(ids.indexOf(id));
  }

  /** Charts a step or two ahead load their code now, so it is there when the reader arrives. */
  function prepareAhead(index: number) {
    for (const id of ids.slice(index + 1, index + 3)) {
      if (data.views[id]?.graphic === 'chart') void (elementFor('jh-chart') as JhChart | null)?.prepare();
    }
  }

  scroller.addEventListener('jh-step-change', (e) => void show(e.detail.id));
  if (scroller.index >= 0) void show(ids[scroller.index]!);
}
