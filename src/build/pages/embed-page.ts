/**
 * The embed page of a published chart (`/embed/<id>/`), rendered at build:
 * header, the graphic element, footer with sources and downloads, the chart's
 * rows as JSON, and a static image for readers without scripts. The header
 * and footer text is in the HTML; the script only draws the graphic.
 */
import type { EmbedChart } from '../../core/embed/chart.ts';
import { embedFiles } from '../../core/embed/files.ts';
import { STRINGS } from '../../core/embed/options.ts';
import { sourceLine, stillAlt } from '../../core/embed/text.ts';
import { html, jsonForScript, trusted, type Html } from '../../core/html.ts';
import { downloadLinks, ICON_LINKS, SITE_NAME, siteUrl, socialMeta } from './layout.ts';

export function renderEmbedPage(chart: EmbedChart, { canonical = chart.id }: { canonical?: string } = {}): Html {
  const files = embedFiles(chart.id);
  const s = STRINGS['zh-CN'];
  const description = chart.subtitle || `${chart.title}——${chart.story.title}`;
  const tag = trusted(chart.tag);
  const storyLink = html`<a href="${chart.story.url}" target="_blank" rel="noopener">${s.from}《${chart.story.title}》</a>`;
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${chart.title} · ${SITE_NAME}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${`${siteUrl()}${embedFiles(canonical).page}`}">
${socialMeta(chart.title, description, files.png)}
${ICON_LINKS}
<script type="module" src="/src/client/entries/embed.ts"></script>
</head>
<body class="embed-page" data-theme-story="${chart.theme}" data-chart="${chart.id}">
<div class="embed" data-theme-story="${chart.theme}">
<header class="embed__head">
<h1 class="embed__title">${chart.title}</h1>
${chart.subtitle ? html`<p class="embed__subtitle">${chart.subtitle}</p>` : ''}
</header>
<div class="embed__graphic jh-graphic" data-graphic="${chart.graphic}">
<${tag}></${tag}>
<noscript><img src="${files.png}" alt="${stillAlt(chart)}"></noscript>
<div class="embed__ghost" aria-hidden="true"></div>
</div>
<footer class="embed__foot">
${chart.sources.length ? html`<p class="embed__source">${sourceLine(chart, s)}</p>` : ''}
${chart.note ? html`<p class="embed__note">${s.note + chart.note}</p>` : ''}
<p class="embed__credit">${chart.credit} · ${storyLink}</p>
<p class="embed__downloads">${s.download}：${downloadLinks(files, `${s.data} CSV`)}</p>
</footer>
</div>
<script type="application/json" id="jh-embed-data">${jsonForScript(chart)}</script>
</body>
</html>
`;
}
