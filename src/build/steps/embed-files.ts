/**
 * After `vite build`: for every published chart, a PNG (2× density) and an SVG
 * drawn by the real components in headless Chromium
 * (dist/embed/<id>/chart.png, chart.svg), and dist/embed/index.json, the list
 * the 嵌入 dialog builds its codes from (ids, titles, heights, image sizes).
 * A chart that does not draw fails the build. Without Chromium it says so.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import type { ChartListing } from '../../core/embed/chart.ts';
import { embedFiles } from '../../core/embed/files.ts';
import { stillAlt } from '../../core/embed/text.ts';
import { hasChromium, launchChromium } from '../chromium.ts';
import { loadSite } from '../site.ts';
import { iife } from '../vite/host-scripts.ts';

/** The width the static images are drawn at, and the iframe's fixed height is measured at: a news article's column. */
export const STILL_WIDTH = 640;

/** A PNG and an SVG of every published chart of the build in `root`/dist, and the list of charts the share dialog reads. */
export async function buildEmbedFiles(root: string): Promise<void> {
  const dist = path.join(root, 'dist');
  const { charts } = loadSite(root);
  const writeIndex = (index: ChartListing[]): void =>
    writeFileSync(path.join(dist, 'embed/index.json'), `${JSON.stringify(index, null, 1)}\n`);
  if (!hasChromium()) {
    // The 嵌入 dialog still works, with an estimated frame height; only the pictures are missing.
    console.warn('build-embeds: Chromium not found (apt-get install chromium); published charts have no PNG or SVG.');
    writeIndex(
      [...charts.values()].map((c) => ({
        id: c.id,
        title: c.title,
        height: 640,
        image: { width: STILL_WIDTH, height: 640 },
        alt: stillAlt(c),
        story: c.story.url,
      })),
    );
    return;
  }

  const started = performance.now();
  const snapshot = await iife(path.join(import.meta.dirname, '../../client/snapshot/entry.ts'));
  const server = await preview({ root, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await launchChromium();
  const index: ChartListing[] = [];
  try {
    // Tall enough that no chart is shrunk to fit; reduced motion draws each in its final state at once.
    const context = await browser.newContext({
      viewport: { width: STILL_WIDTH, height: 2000 },
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
      colorScheme: 'light',
    });
    await context.addInitScript({ content: snapshot });
    const page = await context.newPage();
    for (const chart of charts.values()) {
      const files = embedFiles(chart.id);
      await page.goto(`${base}${files.page}`);
      await page.waitForSelector('.embed__graphic[data-drawn]', { timeout: 20_000 });
      await page.evaluate(() => document.fonts.ready);
      const problem = await page.evaluate(() => {
        const el = document.querySelector('.embed__graphic > :not(noscript, .embed__ghost)');
        if (!el?.shadowRoot?.querySelector('svg path, svg rect')) return 'nothing drawn';
        return el.shadowRoot.querySelector('[role="alert"], [role="status"]')?.textContent ?? '';
      });
      if (problem) throw new Error(`build-embeds: ${chart.id} did not draw: ${problem}`);
      const frame = page.locator('.embed');
      // The height an iframe needs at this width, downloads line included (the live page shows it).
      const height = Math.ceil((await frame.boundingBox())!.height);
      await page.evaluate(() => {
        document.body.dataset['still'] = '';
        document.querySelector('.embed__graphic > :not(noscript, .embed__ghost)')?.setAttribute('data-still', '');
      });
      const box = (await frame.boundingBox())!;
      await frame.screenshot({ path: path.join(dist, files.png), type: 'png' });
      const svg = await page.evaluate(
        (title) =>
          (window as Window & { __jhSnapshotSvg?: (el: Element, t: string) => string }).__jhSnapshotSvg!(
            document.querySelector('.embed')!,
            title,
          ),
        chart.title,
      );
      writeFileSync(path.join(dist, files.svg), svg);
      index.push({
        id: chart.id,
        title: chart.title,
        height,
        image: { width: Math.round(box.width), height: Math.round(box.height) },
        alt: stillAlt(chart),
        story: chart.story.url,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  writeIndex(index);
  console.log(`build-embeds: PNG and SVG of ${index.length} charts in ${Math.round(performance.now() - started)} ms`);
}
