/** Entry of present mode (/present/<slug>/). */
import '../styles/global.css';
import '../styles/present.css';
import 'virtual:jh-tokens.css';
import { startDeck } from '../story/deck-runtime.ts';
import { loadElement } from './elements.ts';

startDeck(loadElement, location.pathname.split('/').filter(Boolean)[1] ?? '');
