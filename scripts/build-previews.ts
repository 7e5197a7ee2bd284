/**
 * After `vite build`: photograph each story's key graphic, rendered by the
 * real components in headless Chromium, as the landing page's preview image
 * (dist/previews/<slug>.jpg), and put the images into dist/index.html.
 * Without Chromium it says so and leaves the cards without pictures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import { loadStories } from '../src/story/vite-plugin.ts';
import { previewMarker, previewPath } from '../src/story/site.ts';
import { hasChromium, launchChromium } from './chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const SIZE = { width: 1280, height: 800 };

const { stories } = loadStories(ROOT);
if (!hasChromium()) {
  console.warn('build-previews: Chromium not found (apt-get install chromium); landing page cards have no preview images.');
  process.exit(0);
}

const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await launchChromium();
try {
  // Reduced motion: the graphic is drawn in its final state at once, so the picture never catches a transition.
  const context = await browser.newContext({ viewport: SIZE, reducedMotion: 'reduce', colorScheme: 'light' });
  const page = await context.newPage();
  let html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  mkdirSync(path.join(DIST, 'previews'), { recursive: true });
  for (const story of stories) {
    const step = story.meta.preview ?? story.steps[0]!.id;
    const started = performance.now();
    await page.goto(`${base}/stories/${story.slug}/#${step}`);
    await page.waitForFunction((id) => document.querySelector<HTMLElement>('[slot="graphic"]')?.dataset['activeStep'] === id, step, {
      timeout: 20_000,
    });
    await page.evaluate(() => document.fonts.ready);
    // A picture of a loading message or an error is worse than none: fail the build instead.
    const drawn = await page.evaluate(() => {
      const el = document.querySelector('[slot="graphic"] > :not([hidden])');
      return !!el?.shadowRoot?.querySelector('svg path, svg rect') && !el.shadowRoot.querySelector('[role="alert"], [role="status"]');
    });
    if (!drawn) throw new Error(`build-previews: the graphic of ${story.slug}#${step} did not draw`);
    const graphic = page.locator('[slot="graphic"] > :not([hidden])');
    const file = path.join(DIST, previewPath(story.slug));
    await graphic.screenshot({ path: file, type: 'jpeg', quality: 82 });
    const { width, height } = (await graphic.boundingBox())!;
    const heading = /<h2>(.*?)<\/h2>/.exec(story.steps.find((s) => s.id === step)!.html)?.[1]?.replace(/<[^>]+>/g, '') ?? step;
    const alt = `《${story.meta.title}》的图：${heading}`;
    // The heading comes from rendered (already escaped) HTML: only quotes need escaping for the attribute.
    const img = `<img src="${previewPath(story.slug)}" width="${Math.round(width)}" height="${Math.round(height)}" alt="${alt.replace(/"/g, '&quot;')}" loading="lazy" decoding="async">`;
    html = html.replace(previewMarker(story.slug), img);
    console.log(`build-previews: ${previewPath(story.slug)} from step "${step}" in ${Math.round(performance.now() - started)} ms`);
  }
  writeFileSync(path.join(DIST, 'index.html'), html);
} finally {
  await browser.close();
  await server.close();
}
