/** The 数据与方法 (data and methods) page: documents, checks, approximations, credits. */
import type { Catalog } from '../../core/catalog.ts';
import { formatFigure, KIND_LABEL } from '../../core/text/format.ts';
import { html, type Html } from '../../core/html.ts';
import type { Figure, SourceDoc } from '../../core/schema/data.ts';
import type { Story } from '../../core/schema/story.ts';
import { factsShown, figuresShown } from '../model/story-data.ts';
import { MAP_CREDIT, pageHead, SITE_NAME, siteFooter, siteHeader, tableHead } from './layout.ts';

export function renderMethodsPage(stories: Story[], catalog: Catalog): Html {
  const docs = [...catalog.sources.values()];
  const cited = (id: string) =>
    [...catalog.figures.values()].filter((f) => f.source === id).length + [...catalog.facts.values()].filter((f) => f.source === id).length;
  const conflicts = [...catalog.figures.values()].filter((f) => f.conflicts?.length);
  const conflictItem = (f: Figure) =>
    html`<li>${f.metric}：${formatFigure(f)}（${f.period}，${KIND_LABEL[f.kind]}，文件 ${f.source}）${f.note && `——${f.note}`}</li>`;
  const docRow = (d: SourceDoc) => {
    const name = html`《${d.title}》<br><small>${d.covers}</small>${d.rejected && html`<br><strong>不作为来源：</strong>${d.rejected}`}`;
    const count = html`<td class="num">${d.rejected ? '—' : cited(d.id)}</td>`;
    return html`<tr><td>${d.id}</td><td>${name}</td><td>${d.issuer}，${d.date}</td>${count}</tr>`;
  };
  const perStory = stories.map((s) => {
    const figures = figuresShown(s, catalog).length;
    const facts = factsShown(s, catalog).length;
    const counts = `${s.steps.length} 步，${figures} 个数字，${facts} 条文字信息`;
    return html`<li><a href="/stories/${s.slug}/">${s.meta.title}</a>（${s.meta.kicker}）：${counts}</li>`;
  });
  return html`${pageHead(`数据与方法 · ${SITE_NAME}`, '八婺数据故事的数据来源、核对方法与示意说明。', '/src/client/entries/home.ts')}
<body>
${siteHeader()}
<main id="main" class="prose methods">
<h1>数据与方法</h1>
<p>本站每一个数字都来自金华市政府公开发布的文件。数字不是手工录入正文，而是先作为一条记录存放在数据文件里：记录写明数值、单位、时期、类别（实际、目标、排名或累计）、出自哪份文件，并摘录原文中包含这个数字的最短一句。正文通过编号引用这条记录，读者点按数字即可看到出处。</p>
<h2>来源文件</h2>
<table class="methods__docs">${tableHead(['编号', '文件', '发布', '引用条数'])}
<tbody>${docs.map(docRow)}</tbody></table>
<h2>怎样核对</h2>
<ul>
<li>自动测试逐条检查：摘录的原文（去掉空白后）确实出现在所注明的文件中，并且包含记录里的数值本身，不多一位、不少一位。</li>
<li>计划和目标（“力争”“预期”、年度计划表）只记作“目标”，在图中用斜线和虚线画出，在正文中标注“目标”，从不当作已经实现的数字。</li>
<li>数字按文件原样记录，不四舍五入、不换算、不估算；文件没有给出的年份就空着，折线图中用点线跨过并注明“其间年份无数据”。</li>
<li>正文里如果直接敲入一个不是年份或月份的数字，构建会失败并指出文件和行号。</li>
</ul>
<h2>不同文件口径不一致时</h2>
<p>我们把各自的数字都保留下来，注明出处，并在数字的出处卡片中互相提示，而不是默默挑选其中一个。目前有 ${conflicts.length} 个这样的数字：</p>
<ul>${conflicts.map(conflictItem)}</ul>
<h2>哪些是示意</h2>
<p>文件不提供坐标。地图上的枢纽、平台、研究院的位置，以及班列、铁路、公路和航道的走向，都是根据公开常识画出的近似位置，地图上标有“示意”。县级地图只表示类别和地名（哪个县有哪个枢纽、哪条产业链），不表示文件没有给出的分县数值。</p>
<h2>地图数据与许可</h2>
<p>${MAP_CREDIT}亚欧底图只画陆地和海岸线，不画国界。</p>
<h2>本站的故事</h2>
<ul>${perStory}</ul>
</main>
${siteFooter()}
</body>
</html>
`;
}
