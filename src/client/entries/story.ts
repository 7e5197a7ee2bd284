/**
 * Entry of every story page: the scroller and the story runtime. Graphic
 * elements are separate chunks, loaded by the runtime as steps need them.
 */
import '../../styles/global.css';
import 'virtual:jh-tokens.css';
import '../../elements/jh-scroller/jh-scroller.ts';
import { readStoryData, startStory } from '../shell/stage.ts';
import { startFlat, wantsFlat } from '../shell/flat.ts';
import { defineGraphic } from '../../elements/loaders.ts';
import { yieldToMain } from '../../platform/schedule.ts';
import { layOutAhead } from '../lay-out-ahead.ts';
import { ensurePopovers } from '../shell/popovers.ts';

/** What global.css keeps out of the first layout (`content-visibility: auto`), and the blocks of the last two. */
const LAID_OUT_LATER = "jh-scroller:not([layout='flat']) > .jh-step:not(:first-of-type), .story > .outro, .story > .sources";
const blocksOf = (part: HTMLElement) => (part.matches('.story > *') ? ([...part.children] as HTMLElement[]) : []);

const scroller = document.querySelector('jh-scroller');
// The scroller upgrades as this module runs; the first graphic starts in a task of its own, so
// that a phone never meets the two as one long task.
await yieldToMain();
// In another site's frame a story lays its steps out flat (graphic, text, graphic, text).
if (scroller && wantsFlat()) startFlat(scroller, readStoryData(), defineGraphic);
else if (scroller) startStory(scroller, readStoryData(), defineGraphic);
void layOutAhead([...document.querySelectorAll<HTMLElement>(LAID_OUT_LATER)], blocksOf);

// The 嵌入与下载 dialog's code loads on the first click of a step's button.
document.addEventListener('click', (e) => {
  const button = (e.target as Element | null)?.closest<HTMLButtonElement>('.jh-share');
  if (button) void import('../share/share.ts').then((m) => m.openShare(button.dataset['chart']!, button));
});

ensurePopovers();
