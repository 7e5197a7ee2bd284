/**
 * Published chart ids are stable: every id ever published (the list in
 * tests/fixtures/published-charts.txt) still resolves, to a chart or through
 * a redirect, and every chart the stories publish is on the list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/build/site.ts';
import { redirectProblems } from '../../src/build/model/published.ts';
import { ROOT } from './catalog.ts';

const LIST = path.join(ROOT, 'tests/fixtures/published-charts.txt');
const held = readFileSync(LIST, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const { charts, redirects } = loadSite(ROOT);

describe('published chart ids', () => {
  it('every id ever published still resolves, to its chart or through a redirect', () => {
    const lost = held.filter((id) => !charts.has(id) && !(redirects[id] && charts.has(redirects[id])));
    expect(lost, `ids that no longer resolve: add them to data/embed-redirects.yaml`).toEqual([]);
  });

  it('every chart the stories publish is on the list (add new ids to tests/fixtures/published-charts.txt)', () => {
    expect([...charts.keys()].filter((id) => !held.includes(id))).toEqual([]);
  });

  it('a redirect must lead to a published chart and must not hide one', () => {
    expect(redirectProblems(['port/a', 'port/b'], { 'port/old': 'port/a' })).toEqual([]);
    expect(redirectProblems(['port/a'], { 'port/old': 'port/gone' })).toEqual([
      'redirect "port/old" → "port/gone": no published chart has that id',
    ]);
    expect(redirectProblems(['port/a', 'port/b'], { 'port/a': 'port/b' })).toEqual([
      'redirect "port/a" shadows a published chart of the same id',
    ]);
  });
});
