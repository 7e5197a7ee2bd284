/**
 * Entry of every story page: the scroller, then only the graphic elements
 * this story uses (each its own chunk), then the story runtime.
 */
import '../styles/global.css';
import 'virtual:jh-tokens.css';
import '../components/jh-scroller/jh-scroller.ts';
import { readStoryData, startStory } from '../story/runtime.ts';

const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'jh-county-map': () => import('../components/jh-county-map/jh-county-map.ts'),
  'jh-route-map': () => import('../components/jh-route-map/jh-route-map.ts'),
  'jh-chart': () => import('../components/jh-chart/jh-chart.ts'),
  'jh-chain-flow': () => import('../components/jh-chain-flow/jh-chain-flow.ts'),
  'jh-county-grid': () => import('../components/jh-county-grid/jh-county-grid.ts'),
  'jh-treemap': () => import('../components/jh-treemap/jh-treemap.ts'),
};

const scroller = document.querySelector('jh-scroller');
if (scroller) {
  const graphics = [...scroller.querySelectorAll<HTMLElement>('[slot="graphic"] > *')];
  // One graphic whose code fails to load must not take the others (or the scroller) with it.
  const results = await Promise.allSettled(graphics.map((el) => ELEMENTS[el.localName]?.()));
  results.forEach((r, i) => {
    if (r.status === 'rejected') {
      const box = document.createElement('p');
      box.className = 'jh-graphic-error';
      box.setAttribute('role', 'alert');
      box.textContent = `这幅图的程序没能加载（${String((r.reason as Error)?.message ?? r.reason)}）。文字与数据表不受影响，请刷新重试。`;
      graphics[i]!.replaceChildren(box);
    }
  });
  startStory(scroller, readStoryData());
}
