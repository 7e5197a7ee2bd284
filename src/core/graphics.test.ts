import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_FILES, GEO_URLS } from './geo/assets.ts';
import { drawsMapRows, GRAPHICS, kindOfTag, refsOf, tagOf } from './graphics.ts';
import { StepView, type GraphicKind } from './schema/story.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('graphic specs', () => {
  it('name every id a view holds, with its path and table, nested lists included', () => {
    const view = StepView.parse({
      id: 'a',
      graphic: 'county-map',
      highlight: ['义乌市'],
      groups: [{ label: '港', counties: ['金东区', '兰溪市'] }],
      places: ['yiwu'],
      facts: ['f1'],
    });
    expect(refsOf(view)).toEqual([
      { path: ['highlight', 0], table: 'counties', id: '义乌市' },
      { path: ['groups', 0, 'counties', 0], table: 'counties', id: '金东区' },
      { path: ['groups', 0, 'counties', 1], table: 'counties', id: '兰溪市' },
      { path: ['places', 0], table: 'places', id: 'yiwu' },
      { path: ['facts', 0], table: 'facts', id: 'f1' },
    ]);
    const treemap = StepView.parse({ id: 'b', graphic: 'treemap', title: 't', figures: ['x'], total: 'y' });
    expect(refsOf(treemap).map((r) => [r.path.join('.'), r.id])).toEqual([
      ['figures.0', 'x'],
      ['total', 'y'],
    ]);
  });

  it('say which kinds draw places and routes (the page fetches those rows apart)', () => {
    const kinds = Object.keys(GRAPHICS) as GraphicKind[];
    expect(kinds.filter(drawsMapRows)).toEqual(['county-map', 'route-map']);
  });

  it('give each kind its own element, and find the kind from the tag', () => {
    const kinds = Object.keys(GRAPHICS) as GraphicKind[];
    expect(new Set(kinds.map(tagOf)).size).toBe(kinds.length);
    for (const kind of kinds) expect(kindOfTag(tagOf(kind))).toBe(kind);
    expect(kindOfTag('jh-scroller')).toBeUndefined();
  });

  it('name geometry files whose URLs the page knows, the same files', () => {
    for (const [name, file] of Object.entries(GEO_FILES)) {
      expect(fileURLToPath(GEO_URLS[name as keyof typeof GEO_URLS])).toBe(path.join(ROOT, file));
    }
  });
});
