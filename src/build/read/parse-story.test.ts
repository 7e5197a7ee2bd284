import { describe, expect, it } from 'vitest';
import { catalog, STORY_FRONT } from '../../../tests/unit/catalog.ts';
import { StoryErrors, StoryError } from './errors.ts';
import { bareNumber, parseStory } from './parse-story.ts';

const FRONT = STORY_FRONT;

const step = (yaml: string, text = '一段文字。') => '```step\n' + yaml + '\n```\n' + text + '\n';
const story = (...steps: string[]) => FRONT + '\n' + steps.join('\n');

/** Parse and return the errors as "line: reason" strings (empty when it parses). */
function problems(source: string): string[] {
  try {
    parseStory(source, 'stories/t/story.md', 't', catalog);
    return [];
  } catch (e) {
    const list = e instanceof StoryErrors ? e.errors : e instanceof StoryError ? [e] : [];
    if (!list.length) throw e;
    return list.map((x) => `${x.line}: ${x.reason}`);
  }
}

describe('parseStory', () => {
  it('parses steps with their views, text and cited figures', () => {
    const s = parseStory(
      story(
        step('id: a\ngraphic: county-map\nhighlight: [义乌市]', '开行 {{xinou-trains-2023}}。'),
        step('id: b\ngraphic: route-map\nextent: eurasia'),
      ),
      'f.md',
      't',
      catalog,
    );
    expect(s.steps.map((x) => x.id)).toEqual(['a', 'b']);
    expect(s.steps[0]!.view).toMatchObject({ graphic: 'county-map', highlight: ['义乌市'] });
    expect(s.steps[0]!.cites).toEqual(['xinou-trains-2023']);
    expect(s.steps[0]!.html).toContain('2380列');
    expect(s.steps[0]!.line).toBe(11);
  });

  it('reports bad YAML in front matter with its line', () => {
    expect(problems(FRONT.replace('lede: 一句导语。', 'title: 重复的键') + step('id: a\ngraphic: chart'))[0]).toMatch(
      /^4: YAML syntax: Map keys must be unique/,
    );
  });

  it('reports a missing front-matter field', () => {
    expect(problems(FRONT.replace('byline: 编辑部\n', '') + step('id: a\ngraphic: county-map'))).toEqual([
      expect.stringMatching(/^2: byline: /),
    ]);
  });

  it('reports an unknown figure id in text on its exact line', () => {
    const p = problems(story(step('id: a\ngraphic: county-map', '第一行。\n\n开行 {{xinou-trains-2099}}。')));
    expect(p).toEqual([expect.stringMatching(/^17: unknown figure "\{\{xinou-trains-2099\}\}" \(did you mean/)]);
  });

  it('reports an unknown figure id in a chart view on its line', () => {
    const p = problems(story(step('id: a\ngraphic: chart\ntype: bar\ntitle: 图\nfigures:\n  - xinou-trains-2023\n  - nope-figure')));
    expect(p).toEqual([expect.stringMatching(/^18: unknown figure "nope-figure"/)]);
  });

  it('reports an unknown graphic (element)', () => {
    expect(problems(story(step('id: a\ngraphic: pie-chart')))).toEqual([expect.stringMatching(/^13: graphic: /)]);
  });

  it('reports a step without text', () => {
    expect(problems(story(step('id: a\ngraphic: county-map', '')))).toEqual([expect.stringMatching(/^11: step "a" has no text/)]);
  });

  it('reports a misspelt county with a suggestion', () => {
    expect(problems(story(step('id: a\ngraphic: county-map\nhighlight: [义乌县]')))).toEqual([
      expect.stringMatching(/^14: unknown county "义乌县" \(did you mean 义乌市/),
    ]);
  });

  it('reports duplicate step ids, pointing at the first', () => {
    expect(problems(story(step('id: a\ngraphic: county-map'), step('id: a\ngraphic: county-map')))).toEqual([
      expect.stringMatching(/^18: duplicate step id "a" \(first used on line 11\)/),
    ]);
  });

  it('reports a chart mixing units', () => {
    const p = problems(story(step('id: a\ngraphic: chart\ntype: bar\ntitle: 图\nfigures: [xinou-trains-2023, sea-rail-teu-2023]')));
    expect(p).toEqual([expect.stringMatching(/^16: a chart's figures must share one unit/)]);
  });

  it('reports a chart whose labels do not match its figures, on the labels line', () => {
    const p = problems(story(step('id: a\ngraphic: chart\ntype: bar\ntitle: 图\nfigures: [xinou-trains-2023]\nlabels: [一, 二]')));
    expect(p).toEqual([expect.stringMatching(/^17: labels: labels has 2 entries for 1 figures/)]);
  });

  it('reports a focus that is not among the step’s own routes or chains', () => {
    const p = problems(story(step('id: a\ngraphic: route-map\nextent: china\nroutes: [yiyongzhou-sea-rail]\nfocus: [yixinou-madrid]')));
    expect(p).toEqual([expect.stringMatching(/^16: focus route "yixinou-madrid" is not in this step's routes/)]);
  });

  it('reports a chain that is another kind of fact', () => {
    const p = problems(story(step('id: a\ngraphic: county-grid\nchains: [mfg-platform-ten]')));
    expect(p).toEqual([expect.stringMatching(/^14: fact "mfg-platform-ten" is a platform, not a chain/)]);
  });

  it('reports a treemap whose parts and whole differ in unit', () => {
    const p = problems(story(step('id: a\ngraphic: treemap\ntitle: 图\nfigures: [xinou-trains-2023]\ntotal: sea-rail-teu-2023')));
    expect(p).toEqual([expect.stringMatching(/^15: a treemap's figures must share one unit/)]);
  });

  it('reports a number typed into the text instead of cited', () => {
    expect(problems(story(step('id: a\ngraphic: county-map', '2023 年开行了 2380 列。')))).toEqual([
      expect.stringMatching(/^15: number "2380" in the text has no source/),
    ]);
  });

  it('reports every problem at once, in line order', () => {
    const p = problems(story(step('id: a\ngraphic: county-map\nhighlight: [义乌县]', ''), step('id: b\ngraphic: route-map\nextent: mars')));
    expect(p.map((x) => x.split(':')[0])).toEqual(['11', '14', '21']);
  });

  it('shows raw HTML in text as text, never as markup', () => {
    const s = parseStory(
      story(step('id: a\ngraphic: county-map', '<script>alert(document.cookie)</script> <img src=x onerror=alert(document.cookie)>')),
      'f.md',
      't',
      catalog,
    );
    expect(s.steps[0]!.html).not.toContain('<script');
    expect(s.steps[0]!.html).not.toContain('<img');
    expect(s.steps[0]!.html).toContain('&lt;script&gt;');
  });

  it('refuses javascript: links', () => {
    const s = parseStory(story(step('id: a\ngraphic: county-map', '[点我](javascript:alert(document.cookie))')), 'f.md', 't', catalog);
    expect(s.steps[0]!.html).not.toContain('href="javascript:');
  });

  it('rejects binary garbage with a reason', () => {
    expect(problems('---\n\u0000\u0001\u0002')).toEqual([expect.stringMatching(/^2: binary data/)]);
  });

  it('rejects a story that cites the machine-rewritten repost', () => {
    expect(problems(FRONT.replace('["000"]', '["001"]') + step('id: a\ngraphic: county-map'))).toEqual([
      expect.stringMatching(/^8: "001" is not a citable source/),
    ]);
  });
});

describe('bareNumber', () => {
  it('allows years, months and cited figures', () => {
    expect(bareNumber('2023 年 6 月，开行 {{xinou-trains-2023}}')).toBeUndefined();
    expect(bareNumber('2021—2023 年')).toBeUndefined();
    expect(bareNumber('“2+4+X”先进制造业集群')).toBeUndefined();
    expect(bareNumber('长三角 G60 科创走廊')).toBeUndefined();
  });
  it('finds numbers that are not dates', () => {
    expect(bareNumber('开行 2380 列')).toBe('2380');
    expect(bareNumber('增长 4.9%')).toBe('4.9');
  });
});
