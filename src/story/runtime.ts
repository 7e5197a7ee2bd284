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
  }

  // Chart code loads when a chart step comes within half a screen of the viewport, so it is there
  // when the reader arrives, and never for a reader who stops before the first chart.
  const chartSteps = scroller.steps.filter((s) => data.views[s.dataset['step']!]?.graphic === 'chart');
  if (chartSteps.length) {
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        void (elementFor('jh-chart') as JhChart | null)?.prepare();
      },
      { rootMargin: '50% 0px' },
    );
    chartSteps.forEach((s) => near.observe(s));
  }

  scroller.addEventListener('jh-step-change', (e) => void show(e.detail.id));
  if (scroller.index >= 0) void show(scroller.steps[scroller.index]!.dataset['step']!);
}
