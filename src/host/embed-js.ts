/**
 * /embed.js, the script of the script snippet: a classic script that loads the
 * <jh-embed> element from our origin, or, where custom elements or shadow DOM
 * are unavailable (or the element's module fails to load or run), puts an
 * iframe in each <jh-embed> instead. Either way it also resizes our iframes on
 * the page. Built for old browsers too (es2015) by src/build/vite/host-scripts.ts.
 */
import { embedFiles } from '../core/embed/files.ts';
import { optionsQuery, readOptions } from '../core/embed/options.ts';
import { scriptOrigin, startResizer } from './frames.ts';

/** Path of the element's module, filled in at build. */
declare const __JH_EMBED_ELEMENT__: string;

/** How long the element may take to arrive before its charts fall back to iframes. */
const PATIENCE_MS = 10_000;

function frameEach(origin: string) {
  const all = document.querySelectorAll('jh-embed');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const chart = el.getAttribute('chart');
    if (!chart || el.querySelector('iframe')) continue;
    const frame = document.createElement('iframe');
    frame.src = origin + embedFiles(chart).page + optionsQuery(readOptions((n) => el.getAttribute(n)).options);
    frame.title = (el.textContent || '').trim() || chart;
    frame.width = '100%';
    frame.height = '560';
    frame.setAttribute('frameborder', '0');
    frame.setAttribute('loading', 'lazy');
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(frame);
  }
}

const origin = scriptOrigin();
if (origin) {
  startResizer(origin);
  const fallback = () => {
    if (window.customElements && customElements.get('jh-embed')) return;
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => frameEach(origin));
    else frameEach(origin);
  };
  if ('customElements' in window && 'attachShadow' in Element.prototype) {
    if (!document.querySelector('script[data-jh-embed-element]')) {
      // A module script element, not import(): a browser too old to parse import() still runs the fallback.
      const s = document.createElement('script');
      s.type = 'module';
      s.src = origin + __JH_EMBED_ELEMENT__;
      s.crossOrigin = 'anonymous';
      s.setAttribute('data-jh-embed-element', '');
      s.addEventListener('error', fallback);
      document.head.appendChild(s);
      // A browser that loads the module but cannot run it defines nothing: fall back after a while.
      setTimeout(fallback, PATIENCE_MS);
    }
  } else fallback();
}
