/**
 * What the site does where a browser lacks what it uses. The three engines in npm test have it all
 * (popover, declarative shadow DOM, content-visibility, module workers, OffscreenCanvas,
 * BroadcastChannel); WeChat on an iPhone that has not updated (Safari before 17, or before 16.4)
 * does not. Each missing feature is stood in for in Chromium, and the reader must not notice.
 * (A worker that cannot start or load: src/platform/off-thread.test.ts.)
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch } from './browser.ts';
import { chromiumPage } from './engines.ts';
import { missed, walkStory } from './visibility.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A browser with no popover API (Safari before 17): the properties the site tests for are gone. */
const NO_POPOVER = `
  for (const name of ['popover', 'showPopover', 'hidePopover', 'togglePopover']) delete HTMLElement.prototype[name];
`;

async function phone(prepare: (context: BrowserContext) => Promise<unknown>): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
  });
  await prepare(context);
  const page = await context.newPage();
  return page;
}

describe('without the popover API', () => {
  it('a tap on a figure opens its source card, a tap elsewhere, the close button or Escape closes it', async () => {
    const page = await phone((c) => c.addInitScript({ content: NO_POPOVER }));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseURL()}/stories/port/#xinou-trains`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[slot="graphic"]')?.dataset['activeStep'] === 'xinou-trains');
    const figure = page.locator('[aria-current="step"] .jh-fig').first();
    await expect.poll(() => figure.getAttribute('aria-expanded')).toBe('false');
    const card = page.locator(`#src-${await figure.getAttribute('data-fig')}`);
    await expect(card.isVisible()).resolves.toBe(false);
    await figure.tap();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await figure.getAttribute('aria-expanded')).toBe('true');
    // Placed over the page as a popover is: fully on screen.
    const box = (await card.boundingBox())!;
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844).toBe(true);
    await page.touchscreen.tap(20, 20);
    await expect.poll(() => card.isVisible()).toBe(false);
    await figure.tap();
    await card.locator('.jh-card__close').tap();
    await expect.poll(() => card.isVisible()).toBe(false);
    await figure.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('jh-fig'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('without declarative shadow DOM', () => {
  it('the scroller builds its own shadow root and the story reads as with it', async () => {
    // Safari before 16.4 leaves <template shadowrootmode> as an inert template: served that way.
    const page = await chromiumPage(browser, 390, 844, (context) =>
      context.route(/\/stories\/port\/$/, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(' shadowrootmode="open"', '');
        await route.fulfill({ response, body });
      }),
    );
    const seen = await walkStory(page, `${baseURL()}/stories/port/`, 1);
    expect(missed(seen)).toEqual([]);
    expect(await page.run<boolean>(`!!document.querySelector('jh-scroller').shadowRoot.querySelector('[part="graphic"]')`)).toBe(true);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });
});

describe('without BroadcastChannel', () => {
  it('the presenter window the deck opens still follows it and drives it back', async () => {
    // Safari before 15.4: the windows reach each other directly, the deck and the window it opened.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript({ content: 'delete window.BroadcastChannel;' });
    const audience = await context.newPage();
    const errors: string[] = [];
    audience.on('pageerror', (e) => errors.push(e.message));
    await audience.goto(`${baseURL()}/present/port/`);
    await audience.waitForFunction(() => document.querySelector('.deck__n')?.textContent === '1');
    expect(await audience.evaluate(() => 'BroadcastChannel' in window)).toBe(false);
    const [presenter] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('s')]);
    presenter.on('pageerror', (e) => errors.push(e.message));
    await presenter.waitForFunction(() => document.querySelector('.presenter__n')?.textContent === '1');
    await audience.bringToFront();
    await audience.keyboard.press('PageDown');
    await audience.keyboard.press('PageDown');
    await presenter.waitForFunction(() => document.querySelector('.presenter__n')?.textContent === '3');
    await presenter.click('[data-go="1"]');
    await audience.waitForFunction(() => document.querySelector('.deck__n')?.textContent === '4');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without OffscreenCanvas in a worker', () => {
  it('the chart worker fails to start and the chart is drawn on the page instead', async () => {
    // Safari before 16.4 has no OffscreenCanvas: the chart worker stops on its first line.
    const page = await phone((c) =>
      c.route(/\/chart-worker-[^/]+\.js$/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: `delete globalThis.OffscreenCanvas;\n${await response.text()}` });
      }),
    );
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    await page.goto(`${baseURL()}/stories/port/#economy`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[slot="graphic"]')?.dataset['activeStep'] === 'economy');
    expect(
      scripts.some((u) => /\/chart-worker-[^/]+\.js$/.test(u)),
      'the worker was tried',
    ).toBe(true);
    expect(
      scripts.some((u) => /\/echarts-[^/]+\.js$/.test(u)),
      "the page's own ECharts was loaded",
    ).toBe(true);
    const lines = await page.evaluate(() => document.querySelector('jh-chart')!.shadowRoot!.querySelectorAll('svg path').length);
    expect(lines, 'the chart is drawn').toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
