/** Entry of present mode (/present/<slug>/). */
import '../../styles/global.css';
import '../../styles/present.css';
import 'virtual:jh-tokens.css';
import { startDeck } from '../present/present-mode.ts';
import { loadElement } from '../../elements/loaders.ts';

startDeck(loadElement, location.pathname.split('/').filter(Boolean)[1] ?? '');
