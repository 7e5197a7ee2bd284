/**
 * The chart library (`/embed/`), rendered at build: every published chart by story, with its id, a
 * picture, its embed page and its files. Where editors find a chart to embed without opening the story.
 */
import type { EmbedChart } from '../../core/embed/chart.ts';
import { embedFiles } from '../../core/embed/files.ts';
import { html, joined, type Html } from '../../core/html.ts';
import type { Story } from '../../core/schema/story.ts';
import { downloadLinks, pageHead, SITE_NAME, siteFooter, siteHeader } from './layout.ts';

export function renderChartLibrary(charts: EmbedChart[], stories: Story[]): Html {
  const section = (story: Story) => {
    const items = charts
      .filter((c) => c.slug === story.slug)
      .map((c) => {
        const f = embedFiles(c.id);
        const picture = html`<img src="${f.png}" alt="" loading="lazy" decoding="async">`;
        return html`<li class="chart-card">
<a class="chart-card__link" href="${f.page}">${picture}<span class="chart-card__title">${c.title}</span></a>
<code class="chart-card__id">${c.id}</code>
<p class="chart-card__files"><a href="${c.story.url}">在故事中</a> · ${downloadLinks(f, 'CSV')}</p>
</li>`;
      });
    const heading = html`<h2><span class="kicker">${story.meta.kicker}</span> ${story.meta.title}</h2>`;
    return html`<section data-theme-story="${story.meta.theme}">${heading}<ul class="chart-list">${joined(items)}</ul></section>`;
  };
  return html`${pageHead(`图表库 · ${SITE_NAME}`, '八婺数据故事中所有可嵌入的图表：编号、图片、数据下载。', '/src/client/entries/home.ts')}
<body>
${siteHeader()}
<main id="main" class="chart-library">
<h1>图表库</h1>
<p class="lede">故事中的每一幅图都可以嵌入其他网页，或下载图片和数据。打开一幅图，用其中的编号写嵌入代码；在故事里点“嵌入与下载”可直接复制代码。图表编号长期有效。</p>
${joined(stories.map(section))}
</main>
${siteFooter(html`（<a href="/methods/">数据与方法</a>）`)}
</body>
</html>
`;
}
