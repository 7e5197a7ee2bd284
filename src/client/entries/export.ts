/**
 * Entry of the offline file (npm run export): article and deck in one
 * document, all code and data inlined. `?present` shows the deck.
 */
import '../../styles/global.css';
import '../../styles/present.css';
import 'virtual:jh-tokens.css';
import '../../elements/jh-scroller/jh-scroller.ts';
import '../../elements/jh-county-map/jh-county-map.ts';
import '../../elements/jh-route-map/jh-route-map.ts';
import '../../elements/jh-chart/jh-chart.ts';
import '../../elements/jh-chain-flow/jh-chain-flow.ts';
import '../../elements/jh-county-grid/jh-county-grid.ts';
import '../../elements/jh-treemap/jh-treemap.ts';
import { startDeck } from '../present/present-mode.ts';
import { readStoryData, startStory } from '../shell/stage.ts';

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
