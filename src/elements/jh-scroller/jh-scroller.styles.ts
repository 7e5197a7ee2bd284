import { unsafeCSS } from 'lit';
import { scrollerRules, SHADOW_SELECTORS } from '../../core/scroller-rules.ts';

export const scrollerStyles = unsafeCSS(scrollerRules(SHADOW_SELECTORS));
