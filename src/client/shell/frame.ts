/**
 * Browser side of a page shown in someone else's frame (an embed page, or a
 * whole story): tell the parent our height whenever it changes, answer its
 * pings, and take its theme when the options say `auto`. Messages from
 * anything but our parent window, or of any other shape, are ignored.
 */
import { THEME_CHANGE } from '../../platform/theme.ts';
import { heightMessages, PING, readParentMessage, THEME } from '../../core/embed/messages.ts';
import type { EmbedTheme } from '../../core/embed/options.ts';

export const inFrame = (): boolean => {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent forbids even the comparison
  }
};

/** Force a theme on the document (`auto` follows the system). */
export function applyTheme(theme: EmbedTheme | 'light' | 'dark', root: HTMLElement = document.documentElement): void {
  const before = root.dataset['theme'];
  if (theme === 'auto') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
  if (root.dataset['theme'] !== before) dispatchEvent(new Event(THEME_CHANGE));
}

export interface FrameOptions {
  /** Id reported with each height (the chart id, or `story/<slug>`). */
  chart: string;
  /** The content's natural height in px. */
  measure: () => number;
  /** Elements whose size changes change the height. */
  observe: Element[];
  theme: EmbedTheme;
}

/** Start reporting height to the parent; returns a function that stops. No-op outside a frame. */
export function reportToParent({ chart, measure, observe, theme }: FrameOptions): () => void {
  if (!inFrame()) return () => undefined;
  const childId = new URLSearchParams(location.search).get('childId');
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(measure());
    if (!force && height === last) return;
    last = height;
    // A height is no secret, and the parent may be any site: '*' is the only target that reaches it.
    for (const m of heightMessages(chart, height, childId)) parent.postMessage(m, '*');
  };
  const resize = new ResizeObserver(() => send());
  observe.forEach((el) => resize.observe(el));
  const onMessage = (e: MessageEvent) => {
    if (e.source !== parent) return;
    const m = readParentMessage(e.data);
    if (m?.type === PING) send(true);
    else if (m?.type === THEME && theme === 'auto') applyTheme(m.theme);
  };
  addEventListener('message', onMessage);
  send(true);
  return () => {
    resize.disconnect();
    removeEventListener('message', onMessage);
  };
}
