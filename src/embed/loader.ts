/**
 * /embed.js, the script of the script snippet: a classic script that loads the
 * <jh-embed> element from our origin, or, where custom elements or shadow DOM
 * are unavailable, puts an iframe in each <jh-embed> instead. Either way it
 * also resizes our iframes on the page. Built by src/embed/build-scripts.ts.
 */
import { embedFiles } from './paths.ts';
import { optionsQuery, readOptions } from './options.ts';
import { scriptOrigin, startResizer } from './resizer.ts';

/** Path of the element's module, filled in at build. */
declare const __JH_EMBED_ELEMENT__: string;

const origin = scriptOrigin();
if (origin) {
  startResizer(origin);
  if ('customElements' in window && 'attachShadow' in Element.prototype) {
    if (!document.querySelector(`script[data-jh-embed-element]`)) {
      // A module script element, not import(): a browser too old to parse import() still runs the fallback.
      const s = document.createElement('script');
      s.type = 'module';
      s.src = origin + __JH_EMBED_ELEMENT__;
      s.crossOrigin = 'anonymous';
      s.dataset['jhEmbedElement'] = '';
      document.head.append(s);
    }
  } else {
    for (const el of document.querySelectorAll('jh-embed')) {
      const chart = el.getAttribute('chart');
      if (!chart || el.querySelector('iframe')) continue;
      const frame = document.createElement('iframe');
      frame.src = origin + embedFiles(chart).page + optionsQuery(readOptions((n) => el.getAttribute(n)).options);
      frame.title = el.textContent?.trim() || chart;
      frame.width = '100%';
      frame.height = '560';
      frame.setAttribute('loading', 'lazy');
      el.replaceChildren(frame);
    }
  }
}
