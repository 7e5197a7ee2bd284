/**
 * Present mode for every story at projector sizes: a clicker (PageDown /
 * PageUp) and the keyboard reach every slide, each showing its step's
 * declared state; the URL keeps the slide; the presenter window follows the
 * audience window and drives it back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, SLUGS, watchedPage, type Watched } from './browser.ts';
import { expectedState, shownState, storyData, waitForStep } from './story-state.ts';
import type { StoryData } from '../../src/core/graphics.ts';

const DECK = '.deck__graphic';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const slideOf = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.slide:not([hidden])')?.dataset['step']);

describe.each(SLUGS)('present mode of %s', (slug) => {
  let w: Watched;
  let ids: string[];
  let data: StoryData;
  beforeAll(async () => {
    w = await watchedPage(browser, 1280, 720);
    await w.page.goto(`${baseURL()}/present/${slug}/`);
    ({ ids, data } = await storyData(w.page));
  });
  afterAll(() => w.page.context().close());

  const check = async (id: string) => {
    await waitForStep(w.page, id, DECK);
    expect(await slideOf(w.page)).toBe(id);
    expect(await shownState(w.page, DECK), `slide ${id}`).toEqual(expectedState(id, data.views[id]!, data));
    expect(new URL(w.page.url()).hash).toBe(`#${id}`);
  };

  it('walks every slide forward with a clicker’s PageDown, and back with PageUp', async () => {
    await check(ids[0]!);
    for (const id of ids.slice(1)) {
      await w.page.keyboard.press('PageDown');
      await check(id);
    }
    await w.page.keyboard.press('PageDown'); // past the end: stays
    await check(ids.at(-1)!);
    for (const id of [...ids].reverse().slice(1)) {
      await w.page.keyboard.press('PageUp');
      await check(id);
    }
  });

  it('lands right after fast key presses, and with arrows, Home, End and a typed number', async () => {
    for (let i = 0; i < 5; i++) await w.page.keyboard.press('ArrowRight');
    await check(ids[5]!);
    await w.page.keyboard.press('End');
    await check(ids.at(-1)!);
    await w.page.keyboard.press('Home');
    await check(ids[0]!);
    await w.page.keyboard.type('3');
    await w.page.keyboard.press('Enter');
    await check(ids[2]!);
    await w.page.keyboard.press('ArrowLeft');
    await check(ids[1]!);
  });

  it('keeps the slide in the URL: a reload lands on it', async () => {
    await w.page.keyboard.press('End');
    await check(ids.at(-1)!);
    await w.page.reload();
    await check(ids.at(-1)!);
  });

  it('shows the keys on ?', async () => {
    await w.page.keyboard.press('?');
    await expect(w.page.locator('.deck__help').isVisible()).resolves.toBe(true);
    await w.page.keyboard.press('Escape');
    await expect(w.page.locator('.deck__help').isVisible()).resolves.toBe(false);
  });

  it('logged no console errors and asked no other host', () => {
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });
});

describe('print', () => {
  /** Pages in a PDF made by Chromium: one /Type /Page object per page. */
  const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

  it.each(SLUGS)('prints the %s deck one slide per page, each with its graphic, sources last', async (slug) => {
    const page = await browser.newPage();
    await page.goto(`${baseURL()}/present/${slug}/`, { waitUntil: 'networkidle' });
    const { ids } = await storyData(page);
    const stills = await page.$$eval('.slide__still img', (imgs) =>
      Promise.all(
        (imgs as HTMLImageElement[]).map((i) =>
          i.decode().then(
            () => i.naturalWidth,
            () => 0,
          ),
        ),
      ),
    );
    expect(stills).toHaveLength(ids.length);
    expect(stills.every((w) => w > 300)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pageCount(pdf)).toBe(ids.length + 1);
    await page.close();
  });
});

describe('presenter window', () => {
  it('follows the audience window and drives it back, with notes and the next slide', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const audience = await context.newPage();
    await audience.goto(`${baseURL()}/present/port/`);
    const { ids } = await storyData(audience);
    const presenter = await context.newPage();
    await presenter.goto(`${baseURL()}/present/port/?view=presenter`);
    await expect(presenter.locator('.presenter').isVisible()).resolves.toBe(true);

    await audience.bringToFront();
    await audience.keyboard.press('PageDown');
    await audience.keyboard.press('PageDown');
    await presenter.waitForFunction(() => document.querySelector('.presenter__n')?.textContent === '3');
    // Slide 3's speaker notes, and slide 4's headline as what comes next.
    expect(await presenter.textContent('.presenter__notes')).toContain('九个县（市、区）的名字');
    expect(await presenter.textContent('.presenter__next')).toContain('从义乌出发');
    // Notes are for the presenter only: the audience sees none.
    expect(await audience.locator('text=九个县（市、区）的名字').count()).toBe(0);

    await presenter.click('[data-go="1"]');
    await waitForStep(audience, ids[3]!, DECK);
    expect(await audience.textContent('.deck__n')).toBe('4');
    await context.close();
  });
});
