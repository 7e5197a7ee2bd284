/**
 * Entry of every story page: the scroller and the story runtime. Graphic
 * elements are separate chunks, loaded by the runtime as steps need them.
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
if (scroller) startStory(scroller, readStoryData(), (tag) => ELEMENTS[tag]?.());
