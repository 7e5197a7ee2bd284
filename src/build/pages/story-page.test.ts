import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, ROOT } from '../../../tests/unit/catalog.ts';
import { parseStory } from '../read/parse-story.ts';
import { renderStoryPage } from './story-page.ts';

const story = parseStory(readFileSync(`${ROOT}/stories/port/story.md`, 'utf8'), 'stories/port/story.md', 'port', catalog);
const html = String(renderStoryPage(story, catalog));

describe('renderStoryPage', () => {
  it('puts every step in the HTML, in order, with data-step and its text', () => {
    const ids = [...html.matchAll(/data-step="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(story.steps.map((s) => s.id));
    expect(html).toContain('把海港“搬”进内陆');
  });

  it('prints each cited figure with a source card quoting its document', () => {
    expect(html).toContain('popovertarget="src-xinou-trains-2023"');
    expect(html).toMatch(/<div popover id="src-xinou-trains-2023"[\s\S]*?2024年金华市政府工作报告[\s\S]*?“义新欧”中欧班列开行2380列/);
  });

  it('links figures from different documents that disagree', () => {
    const card = /<div popover id="src-xinou-trains-2023"[\s\S]*?<\/div>/.exec(html)![0];
    expect(card).toContain('另一口径');
    expect(card).toContain('5939列');
  });

  it('has no inline script to execute, only JSON data', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.every((a) => /type="module" src=|type="application\/json"/.test(a!))).toBe(true);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('credits the map data', () => {
    expect(html).toContain('高德地图（AMap）');
    expect(html).toContain('Natural Earth');
  });
});
