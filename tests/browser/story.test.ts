/**
 * Every story in a real browser, at phone and desktop sizes: every step
 * shows its declared state when scrolled to forwards, backwards, after a fast
 * jump and when its URL is opened directly; no console errors, no foreign hosts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch, SLUGS, watchedPage, type Watched } from './browser.ts';
import { expectedState, scrollToStep, shownState, storyData, waitForStep } from './story-state.ts';
import type { StoryData } from '../../src/core/graphics.ts';

const CASES = SLUGS.flatMap(
  (slug) =>
    [
      [slug, 390, 844],
      [slug, 1440, 900],
    ] as const,
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(CASES)('story %s at %i×%i', (slug, width, height) => {
  const STORY = `/stories/${slug}/`;
  let w: Watched;
  let ids: string[];
  let data: StoryData;

  beforeAll(async () => {
    w = await watchedPage(browser, width, height);
    await w.page.goto(baseURL() + STORY);
    ({ ids, data } = await storyData(w.page));
  });
  afterAll(async () => {
    await w.page.context().close();
  });

  const check = async (id: string) => {
    await waitForStep(w.page, id);
    const shown = await shownState(w.page);
    expect(shown, `step ${id}`).toEqual(expectedState(id, data.views[id]!, data));
    expect(await w.page.getAttribute(`[data-step="${id}"]`, 'aria-current')).toBe('step');
  };

  it('has at least ten steps in document order, the first shown on load', async () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(await w.page.$$eval('[data-step]', (els) => els.map((e) => (e as HTMLElement).dataset['step']))).toEqual(ids);
    await check(ids[0]!);
  });

  it('shows each step’s declared state while scrolling down', async () => {
    for (const id of ids) {
      await scrollToStep(w.page, id);
      await check(id);
    }
    // Written once the steps rest, not in the step change's own task.
    await expect.poll(() => new URL(w.page.url()).hash).toBe(`#${ids.at(-1)}`);
  });

  it('shows each step’s declared state while scrolling back up', async () => {
    for (const id of [...ids].reverse()) {
      await scrollToStep(w.page, id);
      await check(id);
    }
  });

  it('lands on the right state after a fast jump across many steps', async () => {
    await scrollToStep(w.page, ids.at(-1)!);
    await check(ids.at(-1)!);
    await scrollToStep(w.page, ids[1]!);
    await check(ids[1]!);
  });

  it('opens every step from its URL', async () => {
    for (const id of ids) {
      await w.page.goto(`${baseURL()}${STORY}#${id}`);
      await w.page.reload();
      await check(id);
    }
  });

  it('follows a link to a step within the page, with the step in view', async () => {
    for (const id of [ids[3]!, ids.at(-2)!, ids[1]!]) {
      await w.page.evaluate((id) => (location.hash = `#${id}`), id);
      await check(id);
      const { top, bottom } = await w.page.evaluate(
        (id) => document.querySelector(`[data-step="${id}"] .jh-step__card`)!.getBoundingClientRect().toJSON() as DOMRect,
        id,
      );
      if (width < 900) {
        // On a phone the card sits low, leaving the map above it clear.
        expect(top, `card of ${id}`).toBeGreaterThan(height * 0.5);
        expect(top).toBeLessThan(height * 0.7);
      } else {
        expect(Math.abs((top + bottom) / 2 - height / 2), `card of ${id} centred`).toBeLessThan(height * 0.1);
      }
    }
  });

  it('logged no console errors and asked no other host', () => {
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });
});
