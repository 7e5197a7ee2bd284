/**
 * The chart library (`/embed/`), rendered at build: every published chart by
 * story, with its id, a picture, its embed page and its files. Where editors
 * find a chart to embed without opening the story.
 */
import { esc } from '../../core/html.ts';
import { pageHead, SITE_NAME, siteHeader } from './story-page.ts';
import type { Story } from '../../core/schema/story.ts';
import type { EmbedChart } from '../published.ts';
import { embedFiles } from '../../core/embed/files.ts';

export function renderChartIndex(charts: EmbedChart[], stories: Story[]): string {
  const section = (story: Story) => {
    const items = charts
      .filter((c) => c.slug === story.slug)
      .map((c) => {
        const f = embedFiles(c.id);
        return `<li class="chart-card">
<a class="chart-card__link" href="${f.page}"><img src="${f.png}" alt="" loading="lazy" decoding="async"><span class="chart-card__title">${esc(c.title)}</span></a>
<code class="chart-card__id">${esc(c.id)}</code>
<p class="chart-card__files"><a href="${esc(c.story.url)}">在故事中</a> · <a href="${f.png}" download>PNG</a> · <a href="${f.svg}" download>SVG</a> · <a href="${f.csv}" download>CSV</a></p>
</li>`;
      })
      .join('\n');
    return `<section data-theme-story="${story.meta.theme}"><h2><span class="kicker">${esc(story.meta.kicker)}</span> ${esc(story.meta.title)}</h2><ul class="chart-list">${items}</ul></section>`;
  };
  return `${pageHead(`图表库 · ${SITE_NAME}`, '八婺数据故事中所有可嵌入的图表：编号、图片、数据下载。', '/src/client/entries/home.ts')}
<body>
${siteHeader()}
<main id="main" class="chart-library">
<h1>图表库</h1>
<p class="lede">故事中的每一幅图都可以嵌入其他网页，或下载图片和数据。打开一幅图，用其中的编号写嵌入代码；在故事里点“嵌入与下载”可直接复制代码。图表编号长期有效。</p>
${stories.map(section).join('\n')}
</main>
<footer class="site-footer"><p>${SITE_NAME} · 数据来自金华市政府公开文件（<a href="/methods/">数据与方法</a>）</p></footer>
</body>
</html>
`;
}
