/**
 * The offline files (npm run export) open from file:// with every network
 * request blocked: the scroll view and present mode both draw every step.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, SLUGS } from './browser.ts';
import { expectedState, scrollToStep, shownState, storyData, waitForStep } from './story-state.ts';

const OFFLINE = path.resolve(import.meta.dirname, '../../offline');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A context where any request that leaves the file fails, and is counted. */
async function offlineContext(): Promise<{ context: BrowserContext; blocked: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, offline: true });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route(/^(?!file:|data:|blob:)/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  context.on('requestfailed', (r) => blocked.push(`failed: ${r.url()}`));
  context.on('page', (p) => {
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  });
  return { context, blocked, errors };
}

describe.each(SLUGS)('offline/%s.html', (slug) => {
  const file = path.join(OFFLINE, `${slug}.html`);

  it('exists, one file, under 1.5 MB', () => {
    expect(existsSync(file), 'run npm run export').toBe(true);
    expect(statSync(file).size).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('steps through every slide of present mode with the network blocked', async () => {
    const { context, blocked, errors } = await offlineContext();
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(file).href}?present`);
    const { ids, data } = await storyData(page);
    for (const [i, id] of ids.entries()) {
      if (i) await page.keyboard.press('PageDown');
      await waitForStep(page, id, '.deck__graphic');
      expect(await shownState(page, '.deck__graphic'), `slide ${id}`).toEqual(expectedState(id, data.views[id]!, data));
    }
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('scrolls through every step of the article with the network blocked', async () => {
    const { context, blocked, errors } = await offlineContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    const { ids, data } = await storyData(page);
    for (const id of ids) {
      await scrollToStep(page, id);
      await waitForStep(page, id);
      expect(await shownState(page), `step ${id}`).toEqual(expectedState(id, data.views[id]!, data));
    }
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
