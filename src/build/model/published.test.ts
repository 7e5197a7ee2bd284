import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { catalog, ROOT, STORY_FRONT } from '../../../tests/unit/catalog.ts';
import { parseStory } from '../read/parse-story.ts';
import { headingText } from '../../core/html.ts';
import { publishedCharts } from './published.ts';
import { chartCsv, FIGURE_COLUMNS, FEATURE_COLUMNS } from './csv.ts';

const port = parseStory(readFileSync(`${ROOT}/stories/port/story.md`, 'utf8'), 'stories/port/story.md', 'port', catalog);
const charts = publishedCharts(port, catalog);
const byId = (id: string) => charts.find((c) => c.id === id)!;

describe('publishedCharts', () => {
  it('publishes every step under <slug>/<step>, with its one view and only the rows it draws', () => {
    expect(charts.map((c) => c.id)).toEqual(port.steps.map((s) => `port/${s.id}`));
    const economy = byId('port/economy');
    expect(Object.keys(economy.data.views)).toEqual(['economy']);
    expect(Object.keys(economy.data.figures)).toEqual(['gdp-2017', 'gdp-2022', 'gdp-2023']);
    expect(economy.tag).toBe('jh-chart');
  });

  it('heads a chart with its step’s heading and the chart’s own title, and cites every document it draws from', () => {
    const economy = byId('port/economy');
    expect(economy.title).toBe('内陆城市的经济体量');
    expect(economy.subtitle).toBe('金华市生产总值（亿元）');
    expect(economy.sources).toHaveLength(3);
    expect(economy.credit).toBe('八婺数据故事');
  });

  it('says a map with approximate places is 示意, and credits the map data', () => {
    const network = byId('port/xinou-network');
    expect(network.approx).toBe(true);
    expect(network.note).toContain('示意');
    expect(network.credit).toContain('高德地图');
  });

  it('takes a step’s embed: block over what it derives, including the published id', () => {
    const story = parseStory(
      `${STORY_FRONT}
\`\`\`step
id: a
graphic: chart
type: bar
title: 图
figures: [xinou-trains-2023]
embed: {id: trains, title: 班列, note: 一条注。}
\`\`\`
## 标题

正文 {{xinou-trains-2023}}。
`,
      'x.md',
      'port',
      catalog,
    );
    const [c] = publishedCharts(story, catalog);
    expect([c!.id, c!.title, c!.subtitle, c!.note]).toEqual(['port/trains', '班列', '图', '一条注。']);
  });

  it('reads a heading as plain text, figures and entities included', () => {
    expect(headingText('<h2>“义新欧” &amp; <button class="jh-fig">2380列</button></h2><p>x</p>')).toBe('“义新欧” & 2380列');
  });
});

describe('chartCsv', () => {
  it('writes one row per plotted figure with value, unit, kind, document and passage', () => {
    const rows = csvParseRows(chartCsv(byId('port/economy')).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(FIGURE_COLUMNS);
    const gdp2023 = rows.find((r) => r[1] === '2023')!;
    expect(gdp2023.slice(2, 4)).toEqual(['6011.3', '亿元']);
    expect(gdp2023[8]).toMatch(/^000《2024年金华市政府工作报告/);
    expect(gdp2023[9]).toContain('6011.3');
  });

  it('writes places and routes for a map, each marked 示意 where approximate', () => {
    const rows = csvParseRows(chartCsv(byId('port/xinou-network')).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(FEATURE_COLUMNS);
    const routes = rows.filter((r) => r[0] === '线路');
    expect(routes).toHaveLength(8);
    expect(routes.every((r) => r[4] === '示意')).toBe(true);
    expect(rows.find((r) => r[1] === '义乌')?.[4]).toBe(''); // a city whose position is not approximate
  });

  it('starts with a byte-order mark, so spreadsheets read the Chinese as UTF-8', () => {
    expect(chartCsv(byId('port/economy')).charCodeAt(0)).toBe(0xfeff);
  });
});
