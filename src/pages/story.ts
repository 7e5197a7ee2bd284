/**
 * Entry of every story page: the scroller and the story runtime. Graphic
 * elements are separate chunks, loaded by the runtime as steps need them.
 */
import '../styles/global.css';
import 'virtual:jh-tokens.css';
import '../components/jh-scroller/jh-scroller.ts';
import { readStoryData, startStory } from '../story/runtime.ts';
import { loadElement } from './elements.ts';

const scroller = document.querySelector('jh-scroller');
if (scroller) startStory(scroller, readStoryData(), loadElement);
