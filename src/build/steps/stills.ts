/**
 * After `vite build`: photograph every step's graphic, drawn by the real
 * components in headless Chromium, as a still (dist/stills/<slug>/<step>.jpg).
 * The stills are the landing page's preview images and what present mode and
 * the scroll view print (a printer cannot run the live graphics).
 * Without Chromium it says so and leaves the pages without pictures.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import type { Story } from '../../core/schema/story.ts';
import { hasChromium, launchChromium } from '../chromium.ts';
import { previewMarker, previewPath, stillMarker, stillPath } from '../model/urls.ts';
import { loadSite } from '../site.ts';

const SIZE = { width: 1280, height: 800 };

/** Alt text: the story and the step's headline. Headline HTML is already escaped; quotes are escaped for the attribute. */
function altOf(story: Story, step: string): string {
  const heading = /<h2>(.*?)<\/h2>/.exec(story.steps.find((s) => s.id === step)!.html)?.[1]?.replace(/<[^>]+>/g, '') ?? step;
  return `《${story.meta.title}》的图：${heading}`.replace(/"/g, '&quot;');
}

const rewrite = (file: string, edit: (html: string) => string) => writeFileSync(file, edit(readFileSync(file, 'utf8')));

/** Photograph every step's graphic of the build in `root`/dist, and put the pictures in its pages. */
export async function buildStills(root: string): Promise<void> {
  const dist = path.join(root, 'dist');
  const { stories } = loadSite(root);
  if (!hasChromium()) {
    console.warn('build-stills: Chromium not found (apt-get install chromium); pages have no preview or print images.');
    return;
  }
  const server = await preview({ root, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await launchChromium();
  try {
    // Reduced motion: each graphic is drawn in its final state at once, so no still catches a transition.
    const context = await browser.newContext({ viewport: SIZE, reducedMotion: 'reduce', colorScheme: 'light' });
    const page = await context.newPage();
    mkdirSync(path.join(dist, 'previews'), { recursive: true });
    for (const story of stories) {
      const started = performance.now();
      mkdirSync(path.dirname(path.join(dist, stillPath(story.slug, 'x'))), { recursive: true });
      await page.goto(`${base}/stories/${story.slug}/`);
      const sizes = new Map<string, { width: number; height: number }>();
      for (const step of story.steps.map((s) => s.id)) {
        await page.evaluate((id) => (location.hash = `#${id}`), step);
        await page.waitForFunction((id) => document.querySelector<HTMLElement>('[slot="graphic"]')?.dataset['activeStep'] === id, step, {
          timeout: 20_000,
        });
        await page.evaluate(() => document.fonts.ready);
        // A picture of a loading message or an error is worse than none: fail the build instead.
        const drawn = await page.evaluate(() => {
          const el = document.querySelector('[slot="graphic"] > :not([hidden])');
          return !!el?.shadowRoot?.querySelector('svg path, svg rect') && !el.shadowRoot.querySelector('[role="alert"], [role="status"]');
        });
        if (!drawn) throw new Error(`build-stills: the graphic of ${story.slug}#${step} did not draw`);
        const graphic = page.locator('[slot="graphic"] > :not([hidden])');
        await graphic.evaluate((el) => el.setAttribute('data-still', ''));
        await graphic.screenshot({ path: path.join(dist, stillPath(story.slug, step)), type: 'jpeg', quality: 82 });
        await graphic.evaluate((el) => el.removeAttribute('data-still'));
        const box = (await graphic.boundingBox())!;
        sizes.set(step, { width: Math.round(box.width), height: Math.round(box.height) });
      }
      const img = (step: string, extra = '') => {
        const { width, height } = sizes.get(step)!;
        const size = `width="${width}" height="${height}"`;
        return `<img src="${stillPath(story.slug, step)}" ${size} alt="${altOf(story, step)}" decoding="async"${extra}>`;
      };
      const preview = story.meta.preview ?? story.steps[0]!.id;
      copyFileSync(path.join(dist, stillPath(story.slug, preview)), path.join(dist, previewPath(story.slug)));
      rewrite(path.join(dist, 'index.html'), (html) =>
        html.replace(
          previewMarker(story.slug),
          img(preview, ' loading="lazy"').replace(stillPath(story.slug, preview), previewPath(story.slug)),
        ),
      );
      // Present mode prints one slide per page, so its stills load with the page; the article's only when needed.
      rewrite(path.join(dist, 'present', story.slug, 'index.html'), (html) =>
        story.steps.reduce((h, s) => h.replace(stillMarker(s.id), img(s.id)), html),
      );
      rewrite(path.join(dist, 'stories', story.slug, 'index.html'), (html) =>
        story.steps.reduce((h, s) => h.replace(stillMarker(s.id), img(s.id, ' loading="lazy"')), html),
      );
      console.log(`build-stills: ${story.steps.length} stills of ${story.slug} in ${Math.round(performance.now() - started)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
