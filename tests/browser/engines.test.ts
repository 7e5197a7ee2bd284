/**
 * The stories in WebKit (an iPhone, and WeChat there) and Firefox, at 390 × 844: each story walked
 * a step at a time as a reader scrolls (every step drawn, its graphic whole beside its text, no
 * script error), present mode driven by its keys, and an offline file opened from disk. Chromium
 * walks them at four sizes in phone.test.ts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, SLUGS } from './browser.ts';
import { firefoxPage, waitFor, webkitPage, type EngineName, type EnginePage } from './engines.ts';
import { inPage, missed, walkStory } from './visibility.ts';

const OFFLINE = path.resolve(import.meta.dirname, '../../offline');

const OPEN: Record<Exclude<EngineName, 'chromium'>, (w: number, h: number) => Promise<EnginePage>> = {
  webkit: webkitPage,
  firefox: firefoxPage,
};

/** The slide shown, and whether its graphic shows its state. */
const SLIDE = `
  const slide = [...document.querySelectorAll('.slide')].findIndex((s) => !s.hidden);
  const id = document.querySelectorAll('.slide')[slide]?.dataset.step;
  const graphic = document.querySelector('.deck__graphic');
  return { slide, drawn: !!graphic && graphic.dataset.activeStep === id, hash: location.hash.slice(1) === id };
`;

describe.each(Object.keys(OPEN) as (keyof typeof OPEN)[])('%s at 390×844', (engine) => {
  let page: EnginePage;
  beforeAll(async () => {
    page = await OPEN[engine](390, 844);
  }, 60_000);
  afterAll(() => page?.close());

  it.each(SLUGS)('walks %s a step at a time: each step drawn, its graphic whole beside its text, no script error', async (slug) => {
    const seen = await walkStory(page, `${baseURL()}/stories/${slug}/`);
    expect(missed(seen)).toEqual([]);
    expect(await page.errors()).toEqual([]);
  });

  it('present mode: the keys a clicker sends move through the slides, each drawn, the URL naming it', async () => {
    await page.goto(`${baseURL()}/present/port/`);
    const at = () => page.run<{ slide: number; drawn: boolean; hash: boolean }>(inPage(SLIDE));
    const reach = async (slide: number) => {
      await waitFor(
        page,
        inPage(`const s = (function () {${SLIDE}})(); return s.slide === ${slide} && s.drawn && s.hash;`),
        `slide ${slide + 1} drawn`,
      );
      return (await at()).slide;
    };
    const count = await page.run<number>(inPage(`return document.querySelectorAll('.slide').length;`));
    expect(await reach(0)).toBe(0);
    for (const [key, to] of [
      ['ArrowRight', 1],
      ['PageDown', 2],
      [' ', 3],
      ['ArrowLeft', 2],
      ['PageUp', 1],
      ['End', count - 1],
      ['Home', 0],
    ] as const) {
      await page.press(key);
      expect(await reach(to), `after ${key}`).toBe(to);
    }
    for (const key of ['1', '2', 'Enter']) await page.press(key);
    expect(await reach(11)).toBe(11);
    expect(await page.errors()).toEqual([]);
  });

  it('the offline file opens from disk and reads, then presents, with nothing fetched from a site', async () => {
    const file = pathToFileURL(path.join(OFFLINE, 'port.html')).href;
    const seen = await walkStory(page, file, 1);
    expect(missed(seen)).toEqual([]);
    await page.goto(`${file}?present`);
    await waitFor(page, inPage(`const s = (function () {${SLIDE}})(); return s.slide === 0 && s.drawn;`), 'the first slide drawn');
    await page.press('End');
    await waitFor(
      page,
      inPage(`const s = (function () {${SLIDE}})(); return s.slide === ${seen.length - 1} && s.drawn;`),
      'the last slide drawn',
    );
    expect(await page.errors()).toEqual([]);
  });
});
