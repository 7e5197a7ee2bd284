/**
 * axe-core on every page type: landing, methods, each story at several steps
 * (light and dark), present mode. No serious or critical violations.
 * And, through the accessibility tree, every step's graphic: a named image and
 * a data table holding the step's figures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch } from './browser.ts';
import { SCROLL_GRAPHIC, storyData, waitForStep } from './story-state.ts';
import { formatFigure } from '../../src/core/text/format.ts';
import { SLUGS } from './browser.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

async function serious(page: Page): Promise<string[]> {
  // Judge contrast on the settled page, not halfway through a fade-in.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5000 });
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')}`,
    );
}

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  const open = async (url: string) => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme });
    await page.goto(baseURL() + url);
    return page;
  };

  it.each(['/', '/methods/'])('%s', async (url) => {
    const page = await open(url);
    expect(await serious(page)).toEqual([]);
    await page.close();
  });

  it.each(['port', 'corridor', 'chain'])('story %s, first, middle and last step', async (slug) => {
    const page = await open(`/stories/${slug}/`);
    const { ids } = await storyData(page);
    for (const id of [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!]) {
      await page.evaluate((id) => (location.hash = `#${id}`), id);
      await waitForStep(page, id);
      expect(await serious(page), `${slug}#${id}`).toEqual([]);
    }
    await page.close();
  });

  it.each(['/embed/', '/embed/port/economy/', '/embed/port/xinou-network/', '/embed/chain/targets/', '/embed/port/no-such-chart/'])(
    'embed page %s',
    async (url) => {
      const page = await open(url);
      await page.waitForSelector('.embed__graphic[data-drawn], .embed__missing, .chart-library');
      expect(await serious(page)).toEqual([]);
      await page.close();
    },
  );

  it('the 嵌入与下载 dialog', async () => {
    const page = await open('/stories/port/');
    await page.locator('.jh-share').first().click();
    await page.waitForFunction(() => !!document.querySelector<HTMLTextAreaElement>('#jh-share-iframe')?.value);
    expect(await serious(page)).toEqual([]);
    await page.close();
  });

  it.each(['port', 'chain'])('present mode of %s', async (slug) => {
    const page = await open(`/present/${slug}/`);
    const { ids } = await storyData(page);
    await waitForStep(page, ids[0]!, '.deck__graphic');
    expect(await serious(page)).toEqual([]);
    await page.close();
  });
});

describe.each(SLUGS)('story %s: every step’s graphic, as a screen reader meets it', (slug) => {
  it('is an image with a name, and opens a data table of the step’s figures', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseURL()}/stories/${slug}/`);
    const { ids, data } = await storyData(page);
    const problems: string[] = [];
    let figuresChecked = 0;
    for (const id of ids) {
      await page.evaluate((id) => (location.hash = `#${id}`), id);
      await waitForStep(page, id);
      const graphic = page.locator(`${SCROLL_GRAPHIC} > :not([hidden])`);
      const img = graphic.getByRole('img').first();
      const name = (await img.getAttribute('aria-label'))?.trim();
      if (!name) problems.push(`${id}: the graphic has no accessible name`);
      else if (!(await graphic.getByRole('img', { name, exact: true }).first().isVisible()))
        problems.push(`${id}: its name is not exposed`);
      // The table sits behind a 数据表 disclosure: open it as a reader would, then read it by role.
      await graphic.locator('details.data summary').first().click();
      const table = graphic.getByRole('table').first();
      const rows = await table.getByRole('row').count();
      if (rows < 2) problems.push(`${id}: the data table has no rows`);
      const text = (await table.textContent()) ?? '';
      const view = data.views[id]! as { figures?: string[] };
      for (const fig of view.figures ?? [])
        if (++figuresChecked && !text.includes(formatFigure(data.figures[fig]!).replace(/^目标/, '')))
          problems.push(`${id}: the table lacks ${fig}`);
      await graphic.locator('details.data summary').first().click();
    }
    expect(problems).toEqual([]);
    expect(figuresChecked, 'some steps chart figures').toBeGreaterThan(3);
    await page.close();
  });
});
