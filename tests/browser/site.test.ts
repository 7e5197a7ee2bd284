/**
 * The landing page sells every story with a picture of its real graphic; the
 * methods page lists the documents. No console errors, no foreign hosts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch, SLUGS, watchedPage, type Watched } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  [390, 844],
  [1440, 900],
])('landing page at %i×%i', (width, height) => {
  let w: Watched;
  beforeAll(async () => {
    w = await watchedPage(browser, width, height);
    await w.page.goto(baseURL() + '/');
  });
  afterAll(() => w.page.context().close());

  it('has a card per story linking to it, with title, lede and reading time', async () => {
    const cards = await w.page.$$eval('[data-story]', (els) =>
      els.map((el) => ({
        slug: (el as HTMLElement).dataset['story'],
        href: el.querySelector('a')!.getAttribute('href'),
        title: el.querySelector('.story-card__title')!.textContent,
        meta: el.querySelector('.story-card__meta')!.textContent,
      })),
    );
    expect(cards.map((c) => c.slug).sort()).toEqual([...SLUGS].sort());
    for (const c of cards) {
      expect(c.href).toBe(`/stories/${c.slug}/`);
      expect(c.title.length).toBeGreaterThan(2);
      expect(c.meta).toMatch(/\d+ 步 · 约 \d+ 分钟/);
    }
  });

  it('shows each story’s preview: a loaded, non-blank picture with a description', async () => {
    const previews = await w.page.$$eval('.story-card__preview img', async (imgs) =>
      Promise.all(
        (imgs as HTMLImageElement[]).map(async (img) => {
          img.loading = 'eager';
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = 64;
          canvas.height = 40;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0, 64, 40);
          const px = ctx.getImageData(0, 0, 64, 40).data;
          const colours = new Set<number>();
          for (let i = 0; i < px.length; i += 4) colours.add((px[i]! >> 4) * 256 + (px[i + 1]! >> 4) * 16 + (px[i + 2]! >> 4));
          return { src: img.getAttribute('src'), alt: img.alt, width: img.naturalWidth, colours: colours.size };
        }),
      ),
    );
    expect(previews).toHaveLength(SLUGS.length);
    for (const p of previews) {
      expect(p.width, p.src!).toBeGreaterThan(300);
      expect(p.colours, `${p.src} looks blank`).toBeGreaterThan(12);
      expect(p.alt).toMatch(/^《.+》的图：/);
    }
  });

  it('logged no console errors and asked no other host', () => {
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });
});

describe('methods page', () => {
  it('lists the source documents, marks the rejected repost, and credits the map data', async () => {
    const w = await watchedPage(browser, 1440, 900);
    await w.page.goto(baseURL() + '/methods/');
    const text = await w.page.textContent('main');
    for (const title of ['2024年金华市政府工作报告', '2018年金华市政府工作报告', '中期评估报告']) expect(text).toContain(title);
    expect(text).toContain('不作为来源');
    expect(text).toContain('高德地图（AMap）');
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });
});
