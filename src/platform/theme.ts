/**
 * The theme in force on the page, for what cannot read CSS: a canvas-like chart restyles on
 * THEME_CHANGE and draws with the colour set that applies where it is.
 */
import { tokens, type ColorTokens } from '../core/tokens.ts';

/** Fired on window when a page or an embed forces another theme, so canvas-like graphics restyle. */
export const THEME_CHANGE = 'jh-theme-change';

/** The nearest `data-theme` above `el`, crossing shadow roots (a script embed forces its theme on a wrapper). */
function forcedTheme(el: Element): string | undefined {
  for (let node: Element | null = el; node;) {
    const found = node.closest<HTMLElement>('[data-theme]');
    if (found) return found.dataset['theme'];
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** The colour set in force where `el` is drawn: what canvas charts must use. */
export function activeColors(el: Element = document.documentElement): ColorTokens {
  const forced = forcedTheme(el);
  const prefersDark = forced === 'dark' || forced === 'light' ? forced === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  return prefersDark ? tokens.dark : tokens.light;
}
