/**
 * The embed page of a published chart (`/embed/<id>/`), rendered at build:
 * header, the graphic element, footer with sources and downloads, the chart's
 * rows as JSON, and a static image for readers without scripts. The header
 * and footer text is in the HTML; the script only draws the graphic.
 */
import { esc, ICON_LINKS, jsonForScript } from '../../core/html.ts';
import { SITE_NAME, siteUrl, socialMeta } from './meta.ts';
import type { EmbedChart } from '../published.ts';
import { embedFiles } from '../../core/embed/files.ts';
import { STRINGS } from '../../core/embed/options.ts';
import { sourceLine, stillAlt } from '../../core/embed/text.ts';

export function renderEmbedPage(chart: EmbedChart, { canonical = chart.id }: { canonical?: string } = {}): string {
  const files = embedFiles(chart.id);
  const s = STRINGS['zh-CN'];
  const description = chart.subtitle || `${chart.title}——${chart.story.title}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(chart.title)} · ${SITE_NAME}</title>
<meta name="description" content="${esc(description)}">
<link rel="canonical" href="${esc(`${siteUrl()}${embedFiles(canonical).page}`)}">
${socialMeta(chart.title, description, files.png)}
${ICON_LINKS}
<script type="module" src="/src/client/entries/embed.ts"></script>
</head>
<body class="embed-page" data-theme-story="${chart.theme}" data-chart="${esc(chart.id)}">
<div class="embed" data-theme-story="${chart.theme}">
<header class="embed__head">
<h1 class="embed__title">${esc(chart.title)}</h1>
${chart.subtitle ? `<p class="embed__subtitle">${esc(chart.subtitle)}</p>` : ''}
</header>
<div class="embed__graphic jh-graphic" data-graphic="${chart.graphic}">
<${chart.tag}></${chart.tag}>
<noscript><img src="${files.png}" alt="${esc(stillAlt(chart))}"></noscript>
<div class="embed__ghost" aria-hidden="true"></div>
</div>
<footer class="embed__foot">
${chart.sources.length ? `<p class="embed__source">${esc(sourceLine(chart, s))}</p>` : ''}
${chart.note ? `<p class="embed__note">${esc(s.note + chart.note)}</p>` : ''}
<p class="embed__credit">${esc(chart.credit)} · <a href="${esc(chart.story.url)}" target="_blank" rel="noopener">${s.from}《${esc(chart.story.title)}》</a></p>
<p class="embed__downloads">${s.download}：<a href="${files.png}" download>PNG</a> · <a href="${files.svg}" download>SVG</a> · <a href="${files.csv}" download>${s.data} CSV</a></p>
</footer>
</div>
<script type="application/json" id="jh-embed-data">${jsonForScript(chart)}</script>
</body>
</html>
`;
}

/** The site's 404 page; under /embed/ it reads as an embed's inline message (see src/client/entries/not-found.ts). */
export function renderNotFoundPage(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>未找到 · ${SITE_NAME}</title>
<meta name="robots" content="noindex">
${ICON_LINKS}
<script type="module" src="/src/client/entries/not-found.ts"></script>
</head>
<body class="embed-page">
<div class="embed">
<div class="embed__missing" role="alert">
<p><strong>未找到这个页面或图表</strong></p>
<p class="embed__missing-detail">网址可能写错了，或者这张图已经下线。</p>
<p><a href="/" target="_top">返回八婺数据故事首页</a></p>
</div>
</div>
</body>
</html>
`;
}
