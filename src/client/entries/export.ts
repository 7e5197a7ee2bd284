/**
 * Entry of the offline file (npm run export): article and deck in one
 * document, all code and data inlined. `?present` shows the deck.
 */
import '../../styles/global.css';
import '../../styles/present.css';
import 'virtual:jh-tokens.css';
import '../../elements/jh-scroller/jh-scroller.ts';
import { defineGraphic } from '../../elements/loaders.ts';
import { startPresent } from '../present/present-mode.ts';
import { readStoryData, startStory } from '../shell/stage.ts';
import { ensurePopovers } from '../shell/popovers.ts';

// The file is one bundle (scripts/export.ts): each graphic's code is inside it, evaluated when
// first needed, as on the site; nothing is fetched.
const slug = document.body.dataset['story'] ?? '';

if (new URLSearchParams(location.search).has('present')) {
  document.querySelector<HTMLElement>('#main')!.hidden = true;
  document.body.classList.add('present');
  startPresent(defineGraphic, slug);
} else {
  document.querySelector<HTMLElement>('#deck')!.hidden = true;
  const scroller = document.querySelector('jh-scroller');
  if (scroller) startStory(scroller, readStoryData(), defineGraphic);
}

ensurePopovers();
