/**
 * Story → HTML, at build time. The text, the figures and their source cards are in the HTML the
 * server sends, so the story reads before and without scripts; the script only brings the graphic
 * to life. The article and its parts are shared with present mode and the offline file.
 */
import type { Catalog } from '../../core/catalog.ts';
import { formatFigure, KIND_LABEL } from '../../core/text/format.ts';
import { drawsMapRows, tagOf } from '../../core/graphics.ts';
import { headingText, html, joined, jsonForScript, trusted, type Html } from '../../core/html.ts';
import type { Figure } from '../../core/schema/data.ts';
import type { Story } from '../../core/schema/story.ts';
import { SCROLLER_SHADOW } from '../../core/scroller-rules.ts';
import { embedFiles } from '../../core/embed/files.ts';
import { cardId } from '../read/markdown.ts';
import { factsShown, figuresShown, hasMapRows, splitStoryData, storyData } from '../model/story-data.ts';
import { chartIdOf, mapRowsUrl, stillMarker } from '../model/urls.ts';
import { MAP_CREDIT, pageHead, SITE_NAME, siteFooter, siteHeader, socialMeta, tableHead } from './layout.ts';

type Step = Story['steps'][number];

const td = (value: string | number) => html`<td>${value}</td>`;

/** A step's text: markdown-it's output (raw HTML off, src/build/read/markdown.ts). */
const stepText = (step: Step): Html => trusted(step.html);

/**
 * The story's rows for the browser: the page's own inline, the map rows in the file the runtime
 * fetches (`file`, the site) or inline too (`inline`, the offline file, which fetches nothing).
 */
export function storyDataMarkup(story: Story, catalog: Catalog, maps: 'file' | 'inline'): Html {
  const { page, maps: rows } = splitStoryData(storyData(story, catalog));
  const where = maps === 'file' && hasMapRows(rows) ? html` data-maps="${mapRowsUrl(story.slug)}"` : '';
  const inline = maps === 'inline' ? html`\n<script type="application/json" id="jh-story-maps">${jsonForScript(rows)}</script>` : '';
  return html`<script type="application/json" id="jh-story-data"${where}>${jsonForScript(page)}</script>${inline}`;
}

/** A page whose first graphic is a map asks for the map rows with its scripts, not after them. */
export function mapRowsPreload(story: Story, catalog: Catalog): Html | '' {
  if (!drawsMapRows(story.steps[0]!.view.graphic) || !hasMapRows(splitStoryData(storyData(story, catalog)).maps)) return '';
  return html`<link rel="preload" as="fetch" href="${mapRowsUrl(story.slug)}" crossorigin>`;
}

function sourceCard(f: Figure, catalog: Catalog): Html {
  const doc = catalog.sources.get(f.source)!;
  const conflicts = (f.conflicts ?? [])
    .map((id) => catalog.figures.get(id))
    .filter((x): x is Figure => !!x)
    .map(
      (o) => html`<li>另一口径：${o.metric} ${formatFigure(o)}（${o.period}，${catalog.sources.get(o.source)?.title ?? o.source}）</li>`,
    );
  return html`<div popover id="${cardId(f.id)}" class="jh-card" role="dialog" aria-label="${`${f.metric}的来源`}">
<p class="jh-card__metric">${f.metric}（${f.period}，${KIND_LABEL[f.kind]}）</p>
<p class="jh-card__value jh-card__value--${f.kind}">${formatFigure(f)}</p>
<p class="jh-card__doc">来源：《${doc.title}》，${doc.issuer}，${doc.date}</p>
<p class="jh-card__label">原文：</p><blockquote class="jh-card__evidence">${f.evidence}</blockquote>
${f.note && html`<p class="jh-card__note">注：${f.note}</p>`}${conflicts.length > 0 && html`<ul class="jh-card__conflicts">${conflicts}</ul>`}
<button type="button" class="jh-card__close" popovertarget="${cardId(f.id)}" popovertargetaction="hide">关闭</button>
</div>`;
}

export function sourcesSection(story: Story, catalog: Catalog, className = ''): Html {
  const figures = figuresShown(story, catalog);
  const facts = factsShown(story, catalog);
  const docs = story.meta.sources.map((id) => catalog.sources.get(id)!);
  const rows = figures.map((f) => {
    const value = html`<td class="num">${formatFigure(f)}</td>`;
    return html`<tr>${[f.metric, f.period].map(td)}${value}${[KIND_LABEL[f.kind], f.source, f.evidence].map(td)}</tr>`;
  });
  const factRows = facts.map((f) => html`<tr>${[f.subject, f.label, f.source, f.evidence].map(td)}</tr>`);
  return html`<section class="sources ${className}" aria-labelledby="sources-title">
<h2 id="sources-title">数据与来源</h2>
<p>本文每个数字都取自以下公开文件，并由自动测试逐条核对原文。点按正文中的数字可查看出处。</p>
<ol class="sources__docs">${docs.map((d) => html`<li><span class="doc-id">${d.id}</span>《${d.title}》，${d.issuer}，${d.date}</li>`)}</ol>
<details class="sources__figures"><summary>本文用到的 ${figures.length} 个数字及原文</summary>
<div class="table-wrap"><table>${tableHead(['指标', '时期', '数值', '类别', '文件', '原文'])}
<tbody>${joined(rows)}</tbody></table></div></details>
${
  facts.length
    ? html`<details class="sources__figures"><summary>图中用到的 ${facts.length} 条文字信息及原文</summary>
<div class="table-wrap"><table>${tableHead(['对象', '内容', '文件', '原文'])}
<tbody>${joined(factRows)}</tbody></table></div></details>`
    : ''
}
<p class="credit">${MAP_CREDIT}</p>
</section>`;
}

/** The popover source cards of every figure the page shows. */
export function sourceCards(story: Story, catalog: Catalog): Html {
  return html`<div class="jh-cards">${joined(figuresShown(story, catalog).map((f) => sourceCard(f, catalog)))}</div>`;
}

/** The graphic elements a story's steps use, the first step's visible. */
export function graphicElements(story: Story): Html {
  const first = story.steps[0]!.view.graphic;
  return html`${[...new Set(story.steps.map((s) => s.view.graphic))].map((k) => {
    const tag = trusted(tagOf(k));
    return html`<${tag}${k === first ? '' : ' hidden'}></${tag}>`;
  })}`;
}

/**
 * The article: head, intro, scrollytelling steps, outro and sources. `present` is the link to
 * present mode; `share` adds each step's 嵌入与下载 button (not in offline files: they have no site to embed from).
 */
export function articleMarkup(story: Story, catalog: Catalog, links: { present: string; share?: boolean }): Html {
  const { meta } = story;
  const share = (s: Step) => {
    if (!links.share) return '';
    const which = html`<span class="visually-hidden">：${headingText(s.html) || s.id}</span>`;
    const chart = chartIdOf(story, s);
    const button = html`<button type="button" class="jh-share" data-chart="${chart}" aria-haspopup="dialog">嵌入与下载${which}</button>`;
    return html`<p class="jh-step__tools">${button}</p>`;
  };
  const steps = story.steps.map(
    (s) => html`<section class="jh-step" data-step="${s.id}" id="${s.id}" tabindex="0">
<div class="jh-step__card">${stepText(s)}${share(s)}</div><div class="jh-step__still">${trusted(stillMarker(s.id))}</div>
</section>`,
  );
  return html`<main id="main">
<article class="story">
<header class="story-head">
<p class="kicker">${meta.kicker}</p>
<h1>${meta.title}</h1>
<p class="lede">${meta.lede}</p>
<p class="byline">${meta.byline} · <time datetime="${meta.date}">${meta.date}</time> · <a href="${links.present}">演示模式</a></p>
</header>
<div class="prose intro">${trusted(story.intro)}</div>
<jh-scroller><template shadowrootmode="open">${trusted(SCROLLER_SHADOW)}</template>
<div slot="graphic" class="jh-graphic" data-graphic="${story.steps[0]!.view.graphic}">${graphicElements(story)}</div>
${joined(steps)}
</jh-scroller>
<div class="prose outro">${trusted(story.outro)}</div>
${sourcesSection(story, catalog)}
</article>
</main>`;
}

/** The whole story page. */
export function renderStoryPage(story: Story, catalog: Catalog): Html {
  const { meta } = story;
  const preview = story.steps.find((s) => s.id === meta.preview) ?? story.steps[0]!;
  const social = socialMeta(meta.title, meta.lede, embedFiles(chartIdOf(story, preview)).png);
  const preload = mapRowsPreload(story, catalog);
  const extra = preload ? joined([social, preload]) : social;
  const head = pageHead(`${meta.title} · ${SITE_NAME}`, meta.lede, '/src/client/entries/story.ts', extra);
  return html`${head}
<body data-theme-story="${meta.theme}">
${siteHeader()}
${articleMarkup(story, catalog, { present: `/present/${story.slug}/`, share: true })}
${sourceCards(story, catalog)}
${shareDialog()}
${siteFooter()}
${storyDataMarkup(story, catalog, 'file')}
</body>
</html>
`;
}

/** The share dialog's theme choices (the values are src/core/embed/options.ts's themes). */
const THEMES: [string, string][] = [
  ['auto', '跟随页面或系统'],
  ['light', '浅色'],
  ['dark', '深色'],
];

/** The one 嵌入与下载 dialog of a story page; src/client/share/share.ts fills it for the step whose button opened it. */
export function shareDialog(): Html {
  const snippet = (kind: string, title: string, hint: string) => html`<div class="jh-share__snippet" data-kind="${kind}">
<label for="jh-share-${kind}">${title}</label><p class="jh-share__hint" id="jh-share-${kind}-hint">${hint}</p>
<textarea id="jh-share-${kind}" readonly rows="3" aria-describedby="jh-share-${kind}-hint"></textarea>
<button type="button" class="jh-share__copy" data-copy="${kind}">复制代码</button></div>`;
  const option = ([value, label]: [string, string]) => html`<option value="${value}">${label}</option>`;
  const themes = html`<select name="theme">${THEMES.map(option)}</select>`;
  const preview = html`<a class="jh-share__open" href="/embed/" target="_blank" rel="noopener">预览</a>`;
  const download = (file: string, label: string) => html`<a data-file="${file}" href="/embed/" download>${label}</a>`;
  return html`<dialog class="jh-share-dialog" aria-labelledby="jh-share-title">
<form method="dialog" class="jh-share__close"><button aria-label="关闭">×</button></form>
<h2 id="jh-share-title">嵌入与下载</h2>
<p class="jh-share__chart"><span class="jh-share__name"></span> <code class="jh-share__id"></code> · ${preview}</p>
<fieldset class="jh-share__options"><legend>选项</legend>
<label>配色 ${themes}</label>
<label><input type="checkbox" name="plain"> 不要标题和来源栏</label>
</fieldset>
${snippet('iframe', '网页嵌入（iframe）', '适用于大多数网站和内容管理系统；高度随内容自动调整，脚本被过滤时也能完整显示。')}
${snippet('script', '脚本嵌入（自定义元素）', '图表直接画在页面中，不受页面样式影响；不支持时自动改用 iframe。')}
${snippet('image', '静态图片', '适用于微信公众号、RSS 和邮件：只能放图片的地方。微信请下载图片后上传。')}
<p class="jh-share__downloads">下载：${download('png', 'PNG 图片')} · ${download('svg', 'SVG 矢量图')} · ${download('csv', '数据 CSV')}</p>
<p class="jh-share__status" role="status"></p>
</dialog>`;
}

/** Minutes to read: Chinese text at about 400 characters a minute. */
export function readingMinutes(story: Story): number {
  const text = [story.intro, ...story.steps.map((s) => s.html), story.outro].join('').replace(/<[^>]+>/g, '');
  return Math.max(1, Math.round(text.length / 400));
}
