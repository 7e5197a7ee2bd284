/**
 * The embed codes the 嵌入 dialog offers, as pure functions of the site's
 * origin, the chart and the options, so that the codes a browser test puts
 * into a hostile page are the codes an editor copies.
 */
import { esc } from '../../core/html.ts';
import { embedFiles } from '../../core/embed/files.ts';
import { optionsQuery, type EmbedOptions } from '../../core/embed/options.ts';
import type { ChartListing } from '../../core/embed/chart.ts';

export interface Snippets {
  /** A responsive iframe and the tiny script that resizes it; without the script the frame still shows the whole chart. */
  iframe: string;
  /** The script and custom element (shadow DOM); falls back to an iframe where custom elements are unavailable. */
  script: string;
  /** A static PNG for places that allow only images (WeChat, RSS, e-mail). */
  image: string;
}

export function embedSnippets(origin: string, chart: ChartListing, options: Partial<EmbedOptions> = {}): Snippets {
  const files = embedFiles(chart.id);
  const query = optionsQuery(options);
  const attrs = [
    options.theme && options.theme !== 'auto' ? ` theme="${options.theme}"` : '',
    options.plain ? ' plain' : '',
    options.lang && options.lang !== 'zh-CN' ? ` lang="${options.lang}"` : '',
  ].join('');
  const title = esc(chart.title);
  return {
    iframe:
      `<iframe src="${origin}${files.page}${query}" title="${title}" width="100%" height="${Math.ceil(chart.height)}" ` +
      `frameborder="0" loading="lazy" data-jh-embed></iframe>` +
      `<script src="${origin}/embed/resize.js" async></script>`,
    script:
      `<jh-embed chart="${esc(chart.id)}"${attrs}><a href="${origin}${files.page}${query}">${title}</a></jh-embed>` +
      `<script src="${origin}/embed.js" async></script>`,
    image:
      `<a href="${origin}${chart.story}"><img src="${origin}${files.png}" alt="${esc(chart.alt)}" ` +
      `width="${chart.image.width}" height="${chart.image.height}"></a>`,
  };
}
