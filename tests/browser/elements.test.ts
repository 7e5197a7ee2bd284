/**
 * Elements given bad input show a readable inline error, never a blank box;
 * good input draws something. Elements are created on a built page, as an
 * editor embedding them would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, watchedPage } from './browser.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  ({ page } = await watchedPage(browser, 800, 900));
});
afterAll(async () => {
  await browser?.close();
});

/** A story page that loads each element (pages load only the graphics their story uses). */
const PAGE_FOR: Record<string, string> = { 'jh-route-map': '/stories/port/' };

/** Add an element with attributes (and optional properties), wait for it to settle, return its inline error text. */
async function errorOf(tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}): Promise<string> {
  const url = baseURL() + (PAGE_FOR[tag] ?? '/stories/chain/');
  if (page.url() !== url) {
    await page.goto(url);
    await page.waitForFunction((tag) => !!customElements.get(tag), tag);
  }
  return page.evaluate(
    async ([tag, attrs, props]) => {
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      Object.assign(el, props);
      el.style.width = '400px';
      document.body.append(el);
      for (let i = 0; i < 50; i++) {
        await el.updateComplete;
        const error = el.shadowRoot?.querySelector('[role="alert"]');
        if (error) return error.textContent.replace(/\s+/g, ' ').trim();
        if (el.shadowRoot?.querySelector('svg path')) return '';
        await new Promise((r) => setTimeout(r, 50));
      }
      return 'still blank';
    },
    [tag, attrs, props] as const,
  );
}

describe('inline errors for bad attributes', () => {
  it('county map: unknown county names the county and lists the valid ones', async () => {
    const text = await errorOf('jh-county-map', { highlight: '义乌市,不存在县' });
    expect(text).toContain('未知的县（市、区）：不存在县');
    expect(text).toContain('义乌市');
  });

  it('county map: geometry that cannot load says so', async () => {
    expect(await errorOf('jh-county-map', { src: '/no-such-file.json' })).toContain('地图无法加载');
  });

  it('route map: unknown extent lists the valid ones', async () => {
    const text = await errorOf('jh-route-map', { extent: 'mars' });
    expect(text).toContain('未知的地图范围：“mars”');
    expect(text).toContain('eurasia');
  });

  it('chart: unknown type, and no figures', async () => {
    expect(await errorOf('jh-chart', { type: 'pie' })).toContain('未知的图表类型“pie”');
    expect(await errorOf('jh-chart', { type: 'bar' })).toContain('没有要绘制的数字');
  });

  it('treemap: mixing actuals and targets, or parts larger than the whole', async () => {
    const fig = (id: string, value: number, kind: string) => ({
      id,
      metric: id,
      value,
      unit: '亿元',
      period: '2024',
      place: '金华市',
      kind,
      source: '000',
      evidence: '',
    });
    expect(await errorOf('jh-treemap', {}, { parts: [fig('a', 1, 'actual'), fig('b', 2, 'target')] })).toContain(
      '实际值与目标值不能画在同一个整体里',
    );
    expect(await errorOf('jh-treemap', {}, { parts: [fig('a', 5, 'target')], total: fig('t', 1, 'target') })).toContain('大于总量');
  });

  it('chain flow and county grid: no chains to draw', async () => {
    expect(await errorOf('jh-chain-flow', {})).toContain('没有产业链可画');
    expect(await errorOf('jh-county-grid', {})).toContain('没有产业链可画');
  });

  it('good input draws a map, not an error', async () => {
    expect(await errorOf('jh-county-map', { highlight: '义乌市 东阳市' })).toBe('');
  });
});

describe('route map zoom', () => {
  it('leaves names out while the view moves, places them where it lands, and is complete only then', async () => {
    await page.goto(baseURL() + '/stories/port/#inland');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[slot="graphic"]')?.dataset['activeStep'] === 'inland');
    const seen = await page.evaluate(async () => {
      const el = document.querySelector('[slot="graphic"] jh-route-map') as HTMLElement & {
        extent: string;
        updateComplete: Promise<unknown>;
      };
      const names = () => el.shadowRoot!.querySelectorAll('.labels text, .region-labels text').length;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const before = names();
      el.extent = 'jinhua';
      await frame();
      await frame();
      await frame();
      const moving = names();
      await el.updateComplete;
      return { before, moving, landed: names(), fitted: el.shadowRoot!.querySelector('svg')!.dataset['fitted'] };
    });
    expect(seen.before, 'names at the first extent').toBeGreaterThan(0);
    expect(seen.moving, 'no names while zooming').toBe(0);
    expect(seen.landed, 'names once landed, when updateComplete resolves').toBeGreaterThan(0);
    expect(seen.fitted).toBe('jinhua');
  });
});

describe('a new size', () => {
  it('is drawn by the time updateComplete resolves, even when asked as the size is reported', async () => {
    await page.goto(baseURL() + '/stories/chain/');
    await page.waitForFunction(() => !!customElements.get('jh-county-map'));
    const widths = await page.evaluate(async () => {
      const el = document.createElement('jh-county-map') as HTMLElement & { updateComplete: Promise<unknown> };
      el.style.cssText = 'display:block;width:400px;height:300px';
      document.body.append(el);
      await el.updateComplete;
      const drawn = () => Number(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
      const before = drawn();
      // Observed after the element's own observer: this callback runs once the element has been
      // told its new size, before it has drawn it (that waits for a task of its own).
      const after = await new Promise<number>((resolve) => {
        let seen = false;
        const ro = new ResizeObserver(() => {
          if (!seen) return void (seen = true); // the first report is the current size
          ro.disconnect();
          void el.updateComplete.then(() => resolve(drawn()));
        });
        ro.observe(el);
        requestAnimationFrame(() => requestAnimationFrame(() => (el.style.width = '600px')));
      });
      el.remove();
      return { before, after };
    });
    expect(widths).toEqual({ before: 400, after: 600 });
  });
});
