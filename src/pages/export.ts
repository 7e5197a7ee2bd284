/**
 * Entry of the offline file (npm run export): article and deck in one
 * document, all code and data inlined. `?present` shows the deck.
 */
import '../styles/global.css';
import '../styles/present.css';
import 'virtual:jh-tokens.css';
import '../components/jh-scroller/jh-scroller.ts';
import '../components/jh-county-map/jh-county-map.ts';
import '../components/jh-route-map/jh-route-map.ts';
import '../components/jh-chart/jh-chart.ts';
import '../components/jh-chain-flow/jh-chain-flow.ts';
import '../components/jh-county-grid/jh-county-grid.ts';
import '../components/jh-treemap/jh-treemap.ts';
import { startDeck } from '../story/deck-runtime.ts';
import { readStoryData, startStory } from '../story/runtime.ts';

// Everything is in this file already: nothing to fetch.
const defined = () => Promise.resolve();
const slug = document.body.dataset['story'] ?? '';

if (new URLSearchParams(location.search).has('present')) {
  document.querySelector<HTMLElement>('#main')!.hidden = true;
  document.body.classList.add('present');
  startDeck(defined, slug);
} else {
  document.querySelector<HTMLElement>('#deck')!.hidden = true;
  const scroller = document.querySelector('jh-scroller');
  if (scroller) startStory(scroller, readStoryData(), defined);
}
