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
import { loadSite } from '../../src/build/site.ts';
import { firstGeometry, firstGraphicTag } from '../../src/build/vite/preload-plugin.ts';

const DIST = path.join(ROOT, 'dist');
const built = existsSync(path.join(DIST, '.vite/manifest.json'));
if (!built) console.warn('budget tests skipped: no build in dist/ (npm test builds first)');

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
const manifest = (built ? JSON.parse(readFileSync(path.join(DIST, '.vite/manifest.json'), 'utf8')) : {}) as Record<string, Chunk>;
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
  const firstTag = firstGraphicTag(html);
  if (firstTag) closure(manifest[`src/elements/${firstTag}/${firstTag}.ts`], js);
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
  return {
    html: gzipSync(html, { level: 9 }).length,
    js: [...js].reduce((s, f) => s + gz(f), 0),
    jsFiles: [...js],
    css: css.reduce((s, f) => s + gz(f), 0),
  };
}

const over = (what: string, bytes: number, budget: number) =>
  `${what}: ${kb(bytes)} gzip, ${kb(bytes - budget)} over the ${kb(budget)} budget`;

describe.skipIf(!built)('budgets (gzip)', () => {
  it.each(pages('stories'))('%s before its first graphic: JS ≤ 45 KB, CSS ≤ 15 KB, HTML ≤ 60 KB', (page) => {
    const cost = pageCost(page);
    expect(cost.js, over(`${page} JS (${cost.jsFiles.join(', ')})`, cost.js, 45 * 1024)).toBeLessThanOrEqual(45 * 1024);
    expect(cost.css, over(`${page} CSS`, cost.css, 15 * 1024)).toBeLessThanOrEqual(15 * 1024);
    expect(cost.html, over(`${page} HTML`, cost.html, 60 * 1024)).toBeLessThanOrEqual(60 * 1024);
  });

  // A new connection's first flight is ten TCP segments, about 14 KB: a story's text that fits in it
  // reads one round trip sooner on a slow network (the map rows, most of the data, come in a file).
  it.each([...pages('stories'), ...pages('present')])('%s: HTML ≤ 14 KB, the first round trip', (page) => {
    const { html } = pageCost(page);
    expect(html, over(`${page} HTML`, html, 14 * 1024)).toBeLessThanOrEqual(14 * 1024);
  });

  // Each file is a request; over HTTP/1.1 a browser opens six connections to a host, and each new
  // one costs a round trip. Left to itself the bundler cut a story's first map into eleven scripts.
  it.each(pages('stories'))('%s: its first graphic needs at most 6 script files', (page) => {
    const { jsFiles } = pageCost(page);
    expect(jsFiles.length, `${page}: ${jsFiles.join(', ')}`).toBeLessThanOrEqual(6);
  });

  // A county map fetches its geometry from the page: asked for in the <head>, it comes alongside
  // the scripts instead of after them (the route map's comes in its worker).
  it.each(pages('stories'))('%s asks for its first map’s geometry with its scripts', (page) => {
    const html = readFileSync(path.join(DIST, page), 'utf8');
    const tag = firstGraphicTag(html);
    const preload = /<link rel="preload" as="fetch" href="\/(assets\/jinhua-counties\.topo-[\w-]+\.json)" crossorigin>/.exec(html);
    if (!firstGeometry(tag ?? '').length) return expect(preload, `${page} (first graphic <${tag}>)`).toBeNull();
    expect(preload, `${page} (first graphic <${tag}>) preloads the counties`).not.toBeNull();
    expect(existsSync(path.join(DIST, preload![1]!)), `${preload![1]} is in the build`).toBe(true);
  });

  // The preload scanner asks in document order; the stylesheets hold the first paint.
  it.each([...pages('stories'), ...pages('present'), 'index.html', 'methods/index.html', 'embed/port/economy/index.html'])(
    '%s asks for its stylesheets before any script or preload',
    (page) => {
      const html = readFileSync(path.join(DIST, page), 'utf8');
      const firstSheet = html.indexOf('<link rel="stylesheet"');
      const firstOther = html.search(/<script\b|<link rel="(?:modulepreload|preload)"/);
      expect(firstSheet, `${page} has a stylesheet`).toBeGreaterThan(0);
      if (firstOther >= 0) expect(firstSheet, `${page}: a script or preload comes before the stylesheets`).toBeLessThan(firstOther);
    },
  );

  it('keeps ECharts in its own chunk, out of every page’s static imports', () => {
    const echarts = manifest['src/elements/jh-chart/echarts.ts'];
    expect(echarts, 'src/elements/jh-chart/echarts.ts is a chunk of its own').toBeDefined();
    for (const page of [...pages('stories'), ...pages('present'), 'index.html']) {
      expect(pageCost(page).jsFiles, page).not.toContain(echarts!.file);
    }
  });

  it('keeps all the geometry a story may need within 40 KB', () => {
    const geo = Object.values(manifest).filter((c) => c.file.endsWith('.topo.json') || /topo-[\w-]+\.json$/.test(c.file));
    const total = geo.reduce((s, c) => s + gz(c.file), 0);
    expect(geo.length).toBe(3);
    expect(total, over('geometry', total, 40 * 1024)).toBeLessThanOrEqual(40 * 1024);
    const counties = geo.find((c) => c.file.includes('jinhua-counties'))!;
    expect(gz(counties.file), over(counties.file, gz(counties.file), 8 * 1024)).toBeLessThanOrEqual(8 * 1024);
  });
});

/** The embed pages: one per published chart (dist/embed/<story>/<chart>/index.html). */
const embedPages = () =>
  existsSync(path.join(DIST, 'embed'))
    ? readdirSync(path.join(DIST, 'embed'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => readdirSync(path.join(DIST, 'embed', d.name)).map((c) => path.join('embed', d.name, c, 'index.html')))
    : [];

const GRAPHICS = ['jh-county-map', 'jh-route-map', 'jh-chain-flow', 'jh-county-grid', 'jh-treemap', 'jh-chart'];

describe.skipIf(!built)('embed budgets (gzip)', () => {
  it.each(GRAPHICS)('script embed of %s: ≤ 60 KB of JS for a D3 graphic, ≤ 200 KB with ECharts', (tag) => {
    for (const key of [
      'src/host/jh-embed/jh-embed.ts',
      `src/elements/${tag}/${tag}.ts`,
      ...(tag === 'jh-chart' ? ['src/elements/jh-chart/echarts.ts'] : []),
    ])
      expect(manifest[key], `${key} is a chunk of the build`).toBeDefined();
    const js = closure(manifest['src/host/jh-embed/jh-embed.ts']);
    closure(manifest[`src/elements/${tag}/${tag}.ts`], js);
    if (tag === 'jh-chart') closure(manifest['src/elements/jh-chart/echarts.ts'], js);
    const bytes = gz('embed.js') + [...js].reduce((s, f) => s + gz(f), 0);
    const budget = (tag === 'jh-chart' ? 200 : 60) * 1024;
    expect(bytes, over(`script embed of ${tag} (embed.js, ${[...js].join(', ')})`, bytes, budget)).toBeLessThanOrEqual(budget);
  });

  it('the iframe’s resize script stays tiny (≤ 2 KB)', () => {
    expect(gz('embed/resize.js'), over('embed/resize.js', gz('embed/resize.js'), 2048)).toBeLessThanOrEqual(2048);
  });

  it('embed pages: HTML + CSS ≤ 15 KB each', () => {
    const pages = embedPages();
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const cost = pageCost(page);
      expect(cost.html + cost.css, over(`${page} HTML + CSS`, cost.html + cost.css, 15 * 1024)).toBeLessThanOrEqual(15 * 1024);
    }
  });

  it('every published chart has its page, PNG, SVG, CSV and JSON', () => {
    const { charts } = loadSite(ROOT);
    expect(charts.size).toBeGreaterThan(30);
    for (const id of charts.keys()) {
      const dir = path.join('embed', id);
      for (const file of ['index.html', 'chart.png', 'chart.svg', 'data.csv', 'chart.json'])
        expect(existsSync(path.join(DIST, dir, file)), `${dir}/${file}`).toBe(true);
    }
  });
});
