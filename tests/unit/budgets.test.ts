/**
 * Byte budgets on the build output (gzip), so a page cannot quietly grow.
 * A failing budget names the file and the bytes over. Reads dist/ (npm test
 * builds it first) and Vite's manifest to follow each page's imports.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from './catalog.ts';

const DIST = path.join(ROOT, 'dist');
const built = existsSync(path.join(DIST, '.vite/manifest.json'));
if (!built) console.warn('budget tests skipped: no build in dist/ (npm test builds first)');

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
const manifest: Record<string, Chunk> = built ? JSON.parse(readFileSync(path.join(DIST, '.vite/manifest.json'), 'utf8')) : {};
const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));
const gz = (file: string) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A chunk and everything it imports statically. */
function closure(chunk: Chunk | undefined, seen = new Set<string>()): Set<string> {
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const key of chunk.imports ?? []) closure(manifest[key], seen);
  return seen;
}

const pages = (dir: string) =>
  existsSync(path.join(DIST, dir)) ? readdirSync(path.join(DIST, dir)).map((slug) => path.join(dir, slug, 'index.html')) : [];

function pageCost(page: string) {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  // Every script and preload the page's HTML names, with all they import.
  const js = new Set<string>();
  for (const m of html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\/([^"]+)"/g)) {
    js.add(m[1]!);
    closure(byFile.get(m[1]!), js);
  }
  // The element of the first graphic loads before it can show; the others load later.
  const firstTag = /<div slot="graphic"[^>]*>\s*<(jh-[a-z-]+)(?![^>]*hidden)/.exec(html)?.[1];
  if (firstTag) closure(manifest[`src/components/${firstTag}/${firstTag}.ts`], js);
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
  return {
    html: gzipSync(html, { level: 9 }).length,
    js: [...js].reduce((s, f) => s + gz(f), 0),
    jsFiles: [...js],
    css: css.reduce((s, f) => s + gz(f), 0),
  };
}

const over = (what: string, bytes: number, budget: number) => `${what}: ${kb(bytes)} gzip, ${kb(bytes - budget)} over the ${kb(budget)} budget`;

describe.skipIf(!built)('budgets (gzip)', () => {
  it.each(pages('stories'))('%s before its first graphic: JS ≤ 45 KB, CSS ≤ 15 KB, HTML ≤ 60 KB', (page) => {
    const cost = pageCost(page);
    expect(cost.js, over(`${page} JS (${cost.jsFiles.join(', ')})`, cost.js, 45 * 1024)).toBeLessThanOrEqual(45 * 1024);
    expect(cost.css, over(`${page} CSS`, cost.css, 15 * 1024)).toBeLessThanOrEqual(15 * 1024);
    expect(cost.html, over(`${page} HTML`, cost.html, 60 * 1024)).toBeLessThanOrEqual(60 * 1024);
  });

  it('keeps ECharts in its own chunk, out of every page’s static imports', () => {
    const echarts = manifest['src/echarts.ts'];
    expect(echarts, 'src/echarts.ts is a chunk of its own').toBeDefined();
    for (const page of [...pages('stories'), ...pages('present'), 'index.html']) {
      expect(pageCost(page).jsFiles, page).not.toContain(echarts!.file);
    }
  });

  it('keeps all the geometry a story may need within 40 KB', () => {
    const geo = Object.values(manifest).filter((c) => c.file.endsWith('.topo.json') || /topo-[\w-]+\.json$/.test(c.file));
    const total = geo.reduce((s, c) => s + gz(c.file), 0);
    expect(geo.length).toBe(3);
    expect(total, over('geometry', total, 40 * 1024)).toBeLessThanOrEqual(40 * 1024);
  });
});
