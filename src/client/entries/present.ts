/** Entry of present mode (/present/<slug>/). */
import '../../styles/global.css';
import '../../styles/present.css';
import 'virtual:jh-tokens.css';
import { startPresent } from '../present/present-mode.ts';
import { defineGraphic } from '../../elements/loaders.ts';
import { ensurePopovers } from '../shell/popovers.ts';

startPresent(defineGraphic, location.pathname.split('/').filter(Boolean)[1] ?? '');

ensurePopovers();
