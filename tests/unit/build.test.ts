/**
 * A broken story stops the build with file, line and reason (not a stack
 * trace), and the error names every problem at once.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { storiesPlugin } from '../../src/build/vite/stories-plugin.ts';
import { ROOT, STORY_FRONT } from './catalog.ts';

const work = mkdtempSync(path.join(ROOT, 'tests/.output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function project(story: string): string {
  const dir = mkdtempSync(path.join(work, 'p-'));
  cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
  mkdirSync(path.join(dir, 'stories/broken'), { recursive: true });
  writeFileSync(path.join(dir, 'stories/broken/story.md'), story);
  copyFileSync(path.join(ROOT, 'index.html'), path.join(dir, 'index.html'));
  return dir;
}

const run = (root: string) => build({ root, configFile: false, logLevel: 'silent', plugins: [storiesPlugin()], build: { write: false } });

describe('vite build of a broken story', () => {
  it('fails naming the file, line and reason of each problem', async () => {
    const root = project(`---
title: 坏故事
kicker: 测试
lede: 导语
byline: 编辑部
date: 2024-03-20
theme: port
sources: ["000"]
---

\`\`\`step
id: one
graphic: county-map
highlight: [义乌县]
\`\`\`
开行 {{no-such-figure}}。
`);
    const error = await run(root).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toContain('stories/broken/story.md:14: unknown county "义乌县"');
    expect(error?.message).toContain('stories/broken/story.md:16: unknown figure "{{no-such-figure}}"');
    expect(error?.stack).not.toMatch(/\n\s+at /);
  });

  it('fails on a data row whose value is not a number, with its file and line', async () => {
    const root = project('---\ntitle: x\n---\n');
    const figures = path.join(root, 'data/figures/port.yaml');
    const text = readFileSync(figures, 'utf8');
    const line = text.split('\n').findIndex((l) => l === '  value: 2380') + 1;
    expect(line).toBeGreaterThan(0);
    writeFileSync(figures, text.replace('  value: 2380\n', '  value: 两千三百八十\n'));
    await expect(run(root)).rejects.toThrow(new RegExp(`data/figures/port\\.yaml:${line}: \\d+\\.value: .*expected number`));
  });

  it('fails on bad YAML with its line', async () => {
    const root = project('---\ntitle: x\ntitle: y\n---\n');
    await expect(run(root)).rejects.toThrow(/stories\/broken\/story\.md:3: YAML syntax/);
  });
});

describe('vite build with a renamed chart', () => {
  const story = `${STORY_FRONT}
\`\`\`step
id: one
graphic: chart
type: bar
title: 班列
figures: [xinou-trains-2023]
\`\`\`
## 班列

开行 {{xinou-trains-2023}}。
`;

  it('keeps the old id resolving through a redirect: its page and JSON show the current chart', async () => {
    const root = project(story);
    cpSync(path.join(ROOT, 'src'), path.join(root, 'src'), { recursive: true });
    writeFileSync(path.join(root, 'data/embed-redirects.yaml'), '"broken/old-name": "broken/one"\n');
    const out = (await run(root)) as { output: { fileName: string; source?: string | Uint8Array }[] };
    const file = (name: string) => String(out.output.find((o) => o.fileName === name)?.source ?? '');
    expect(file('embed/broken/old-name/index.html')).toContain('<link rel="canonical" href="/embed/broken/one/">');
    expect((JSON.parse(file('embed/broken/old-name/chart.json')) as { id: string }).id).toBe('broken/one');
    expect(file('embed/broken/one/data.csv')).toContain('义新欧');
  });

  it('refuses a redirect to a chart that does not exist, with its file and line', async () => {
    const root = project(story);
    writeFileSync(path.join(root, 'data/embed-redirects.yaml'), '# moved\n"broken/old": "broken/gone"\n');
    await expect(run(root)).rejects.toThrow(
      /data\/embed-redirects\.yaml:2: redirect "broken\/old" → "broken\/gone": no published chart has that id/,
    );
  });
});
