/**
 * Present mode, rendered at build: one slide per step (headline and first paragraph), one shared
 * 16:9 stage for the graphic, the speaker notes in the story data. The same step views as the
 * scroll view, so slide N always looks the same however it is reached.
 */
import type { Catalog } from '../../core/catalog.ts';
import { html, joined, trusted, type Html } from '../../core/html.ts';
import type { Story } from '../../core/schema/story.ts';
import { stillMarker } from '../model/urls.ts';
import { pageHead, SITE_NAME } from './layout.ts';
import { graphicElements, mapRowsPreload, sourceCards, sourcesSection, storyDataMarkup } from './story-page.ts';

export const KEYS: [string, string][] = [
  ['→ ↓ PageDown 空格 Enter', '下一页'],
  ['← ↑ PageUp Backspace', '上一页'],
  ['Home / End', '第一页 / 最后一页'],
  ['数字 + Enter', '跳到第几页'],
  ['F', '全屏（Esc 退出）'],
  ['S', '打开演讲者视图（备注、下一页、计时）'],
  ['?', '显示或隐藏本帮助'],
];

/** Headline and first paragraph of a step's text (markdown-it's output): what fits on a slide. */
export function slideText(markup: string): Html {
  const heading = /<h2>[\s\S]*?<\/h2>/.exec(markup)?.[0] ?? '';
  const para = /<p>[\s\S]*?<\/p>/.exec(markup)?.[0] ?? '';
  return trusted(heading + para);
}

/** Where present mode's "back to the article" link goes: the site page, or the other half of an offline file. */
export interface PresentLinks {
  article: string;
}

/** Present mode itself: slides, stage, bar, presenter view and keys help. */
export function presentMarkup(story: Story, catalog: Catalog, links: PresentLinks): Html {
  const { meta } = story;
  const first = story.steps[0]!.view.graphic;
  const count = story.steps.length;
  const still = (id: string) => html`<div class="slide__still">${trusted(stillMarker(id))}</div>`;
  const progress = html`role="progressbar" aria-label="演示进度" aria-valuemin="1" aria-valuemax="${count}" aria-valuenow="1"`;
  const slides = story.steps.map(
    (s, i) => html`<section class="slide" data-step="${s.id}"${i ? ' hidden' : ''}>${slideText(s.html)}${still(s.id)}</section>`,
  );
  return html`<main id="deck" class="deck" aria-roledescription="演示文稿" aria-label="${meta.title}">
<div class="deck__frame">
<div class="deck__text">
<p class="deck__title"><span class="kicker">${meta.kicker}</span> ${meta.title}</p>
<div class="deck__slides" aria-live="polite">${joined(slides)}</div>
</div>
<div class="deck__graphic jh-graphic" data-graphic="${first}">${graphicElements(story)}</div>
</div>
<div class="deck__bar">
<span class="deck__count" aria-live="polite"><span class="deck__n">1</span> / ${story.steps.length}</span>
<div class="deck__progress" ${progress}><span></span></div>
<a class="deck__exit" href="${links.article}">返回文章</a>
<button type="button" class="deck__help-button" aria-haspopup="dialog">快捷键 ?</button>
</div>
${sourcesSection(story, catalog, 'print-only')}
</main>
<aside class="presenter" hidden aria-label="演讲者视图">
<p class="presenter__clock"><span class="presenter__elapsed">00:00</span> · 第 <span class="presenter__n">1</span> / ${count} 页</p>
<div class="presenter__now"></div>
<h2>备注</h2><div class="presenter__notes"></div>
<h2>下一页</h2><div class="presenter__next"></div>
<p class="presenter__nav"><button type="button" data-go="-1">上一页</button> <button type="button" data-go="1">下一页</button></p>
</aside>
<dialog class="deck__help" aria-label="快捷键">
<h2>快捷键</h2>
<table><tbody>${KEYS.map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>
<form method="dialog"><button>关闭</button></form>
</dialog>`;
}

export function renderPresentPage(story: Story, catalog: Catalog): Html {
  const { meta } = story;
  return html`${pageHead(`${meta.title}（演示） · ${SITE_NAME}`, meta.lede, '/src/client/entries/present.ts', mapRowsPreload(story, catalog))}
<body class="present" data-theme-story="${meta.theme}">
${presentMarkup(story, catalog, { article: `/stories/${story.slug}/` })}
${sourceCards(story, catalog)}
${storyDataMarkup(story, catalog, 'file')}
</body>
</html>
`;
}
