/**
 * A story in someone else's frame (or with `?layout=flat`): no scrollytelling
 * inside a box. Each step shows its own graphic above its text, drawn when it
 * nears the viewport (the build's still stands in until then), and the page
 * reports its height to the parent like an embedded chart.
 */
import type { JhScroller } from '../../elements/jh-scroller/jh-scroller.ts';
import { inFrame, reportToParent } from './frame.ts';
import { propsFor, tagOf, type StoryData } from '../../core/graphics.ts';
import { withMapRows, type ElementLoader } from './stage.ts';

export const wantsFlat = (): boolean => inFrame() || new URLSearchParams(location.search).get('layout') === 'flat';

export function startFlat(scroller: JhScroller, data: StoryData, load: ElementLoader): void {
  scroller.layout = 'flat';
  document.body.classList.add('story--flat');

  async function draw(step: HTMLElement) {
    const view = data.views[step.dataset['step']!];
    const holder = step.querySelector<HTMLElement>('.jh-step__still');
    if (!view || !holder) return;
    const tag = tagOf(view.graphic);
    let rows: StoryData;
    try {
      [rows] = await Promise.all([withMapRows(view, data), load(view.graphic)]);
    } catch {
      return; // the still stays: a picture of the same state
    }
    const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
    Object.assign(el, propsFor(view, rows));
    holder.dataset['graphic'] = view.graphic;
    holder.replaceChildren(el);
    await el.updateComplete;
    step.dataset['drawn'] = '';
  }

  const near = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        near.unobserve(e.target);
        void draw(e.target as HTMLElement);
      }
    },
    { rootMargin: '100% 0px' },
  );
  scroller.steps.forEach((s) => near.observe(s));

  const slug = location.pathname.split('/').filter(Boolean)[1] ?? '';
  reportToParent({
    chart: `story/${slug}`,
    theme: 'auto',
    observe: [document.body],
    measure: () => document.body.getBoundingClientRect().height,
  });
}
