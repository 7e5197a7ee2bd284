/**
 * Host-page side of the iframe embed: size each of our frames to the height
 * it reports. Trusts only messages from our own origin (the origin of the
 * script that started it) that come from one of the page's iframes, and of
 * the documented shape; everything else is ignored. Runs on other sites'
 * pages, so it touches nothing but the frames' own height and border.
 */
import { hostTheme, watchHostTheme } from './host-theme.ts';
import { PING, readHeightMessage, THEME } from '../core/embed/messages.ts';

export function startResizer(origin: string): void {
  const w = window as Window & { __jhEmbedResizers?: string[] };
  const started = (w.__jhEmbedResizers ??= []);
  if (started.includes(origin)) return; // the snippet pasted twice, or both scripts on one page
  started.push(origin);

  const ours = (f: HTMLIFrameElement) => {
    try {
      return new URL(f.src, location.href).origin === origin;
    } catch {
      return false;
    }
  };
  const frames = () => [...document.querySelectorAll('iframe')].filter(ours);
  const theme = () => ({ type: THEME, theme: hostTheme(document) ?? 'auto' });
  const adopted = new WeakSet<HTMLIFrameElement>();
  // A frame that reported before this script ran is asked again; so is one that reloads.
  const hello = (f: HTMLIFrameElement) => {
    f.contentWindow?.postMessage(theme(), origin);
    f.contentWindow?.postMessage({ type: PING }, origin);
  };
  const adopt = (f: HTMLIFrameElement) => {
    if (adopted.has(f)) return;
    adopted.add(f);
    // What the snippet's attributes ask for, held against host rules that reset attributes (all: revert).
    f.style.border = '0';
    if (f.getAttribute('width') === '100%') {
      f.style.width = '100%';
      f.style.setProperty('box-sizing', 'border-box', 'important'); // padding a host gives frames stays inside the column
    }
    f.addEventListener('load', () => hello(f));
    hello(f);
  };

  addEventListener('message', (e) => {
    if (e.origin !== origin) return;
    const m = readHeightMessage(e.data);
    const frame = m && frames().find((f) => f.contentWindow === e.source);
    if (!frame) return;
    // A host page that sizes boxes by their border box must not take the frame's padding and border from the chart.
    const cs = getComputedStyle(frame);
    const extra =
      cs.boxSizing === 'border-box'
        ? ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce(
            (s, k) => s + (parseFloat(cs[k as 'paddingTop']) || 0),
            0,
          )
        : 0;
    frame.style.height = `${Math.ceil(m.height + extra)}px`;
  });
  // Browsers pause rendering work (and so resize observers) in cross-origin frames off screen; a
  // frame still answers a ping, measuring its layout on demand, so a width change reaches them all.
  let timer = 0;
  addEventListener('resize', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => frames().forEach((f) => f.contentWindow?.postMessage({ type: PING }, origin)), 100);
  });
  const scan = () => frames().forEach(adopt);
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  // Only a change of theme is news: host pages toggle classes on <html> and <body> all the time.
  let last = theme().theme;
  const retheme = () => {
    const now = theme();
    if (now.theme === last) return;
    last = now.theme;
    frames().forEach((f) => f.contentWindow?.postMessage(now, origin));
  };
  if (document.body) watchHostTheme(document, retheme);
  else addEventListener('DOMContentLoaded', () => watchHostTheme(document, retheme), { once: true });
}

/** The origin of the running classic script (`document.currentScript`), or '' if unknown. */
export function scriptOrigin(): string {
  const src = (document.currentScript as HTMLScriptElement | null)?.src;
  try {
    return src ? new URL(src).origin : '';
  } catch {
    return '';
  }
}
