/**
 * The embed page of a chart on its own: options from the URL, the parent
 * protocol, narrow widths, static fallbacks and downloads; and a whole story
 * in a frame, laid out flat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, watchedPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openEmbed(url: string, width = 640, height = 900): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await watchedPage(browser, width, height);
  await page.goto(baseURL() + url);
  await page.waitForSelector('.embed__graphic[data-drawn]');
  return { page, errors };
}

const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.embed')!).backgroundColor);

describe('embed page options', () => {
  it('theme=dark and theme=light force the theme; auto follows the system', async () => {
    const dark = await openEmbed('/embed/port/economy/?theme=dark');
    expect(await bg(dark.page)).toBe('rgb(18, 20, 23)');
    const light = await browser.newPage({ colorScheme: 'dark' });
    await light.goto(`${baseURL()}/embed/port/economy/?theme=light`);
    expect(await bg(light)).toBe('rgb(247, 245, 240)');
    await light.goto(`${baseURL()}/embed/port/economy/`);
    expect(await bg(light)).toBe('rgb(18, 20, 23)');
    await dark.page.context().close();
    await light.close();
  });

  it('plain drops the header and footer; lang=en words the frame in English', async () => {
    const { page } = await openEmbed('/embed/port/economy/?plain&lang=en');
    expect(await page.locator('.embed__head').isVisible()).toBe(false);
    expect(await page.locator('.embed__foot').isVisible()).toBe(false);
    await page.goto(`${baseURL()}/embed/port/economy/?lang=en`);
    expect(await page.locator('.embed__source').textContent()).toMatch(/^Source: 《/);
    await page.context().close();
  });

  it('a bad option is named inline, with the valid values, and the chart still draws', async () => {
    const { page } = await openEmbed('/embed/port/economy/?theme=purple&plain');
    expect(await page.locator('.embed__problem').textContent()).toContain('theme="purple" 无效，可用：auto、light、dark');
    expect(await page.locator('.embed__head').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('embed page layout', () => {
  it.each([280, 390, 1024])('fits %i px: nothing wider than the frame, graphic drawn, no console error', async (width) => {
    const { page, errors } = await openEmbed('/embed/port/xinou-network/', width, 1200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const svg = await page.evaluate(
      () => document.querySelector('jh-route-map')!.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width,
    );
    expect(svg).toBeGreaterThan(width - 40);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers the PNG, SVG and CSV, each served, and a static image without scripts', async () => {
    const { page } = await openEmbed('/embed/port/economy/');
    const links = await page.locator('.embed__downloads a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of links) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
    }
    expect((await page.request.get(links[2]!)).headers()['content-type']).toMatch(/csv/);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/\/embed\/port\/economy\/chart\.png$/);
    const noJs = await browser.newPage({ javaScriptEnabled: false });
    await noJs.goto(`${baseURL()}/embed/port/economy/`);
    const img = noJs.locator('noscript img, .embed__graphic img').first();
    expect(await img.evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(600);
    expect(await noJs.locator('.embed__title').textContent()).toBe('内陆城市的经济体量');
    await noJs.close();
    await page.context().close();
  });

  it('an SVG download is a picture of the chart: its title, its axes and its text', async () => {
    const { page } = await openEmbed('/embed/port/economy/');
    const svg = await (await page.request.get(`${baseURL()}/embed/port/economy/chart.svg`)).text();
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>内陆城市的经济体量</title>');
    for (const text of ['6011.3亿元', '2017', '来源：']) expect(svg).toContain(text);
    await page.context().close();
  });
});

describe('the parent protocol', () => {
  it('reports its height to the parent and answers a ping; ignores messages from anyone else', async () => {
    const { page } = await watchedPage(browser, 800, 900);
    await page.goto(`${baseURL()}/stories/port/`); // any page of ours, as a parent
    const result = await page.evaluate(async (src) => {
      const got: unknown[] = [];
      addEventListener('message', (e) => got.push(e.data));
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.style.width = '500px';
      document.body.prepend(frame);
      await new Promise((r) => setTimeout(r, 2500)); // drawn, and heights settled
      const before = got.length;
      frame.contentWindow!.postMessage({ type: 'jh-embed:ping' }, '*');
      await new Promise((r) => setTimeout(r, 300));
      const afterPing = got.length;
      frame.contentWindow!.postMessage({ type: 'jh-embed:theme', theme: 'dark' }, '*');
      await new Promise((r) => setTimeout(r, 300));
      return { got, before, afterPing, theme: frame.contentDocument!.documentElement.dataset['theme'] ?? '' };
    }, `${baseURL()}/embed/port/economy/?childId=c7`);
    const ours = result.got.filter((m) => (m as { type?: string }).type === 'jh-embed:height') as { height: number }[];
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.at(-1)!.height).toBeGreaterThan(400);
    expect(result.got).toContainEqual(expect.stringMatching(/^pymxPYMxc7xPYMxheightxPYMx\d+$/));
    expect(result.afterPing - result.before).toBe(3); // the ping was answered: our message, Datawrapper's, Pym's
    expect(result.theme).toBe('dark'); // from the parent, with theme=auto
    // A message the frame posts to itself is not from its parent: ignored.
    const frame = page.frames().find((f) => f.url().includes('/embed/port/economy/'))!;
    const self = await frame.evaluate(async () => {
      postMessage({ type: 'jh-embed:theme', theme: 'light' }, '*');
      await new Promise((r) => setTimeout(r, 200));
      return document.documentElement.dataset['theme'];
    });
    expect(self).toBe('dark');
    await page.context().close();
  });
});

describe('a whole story in a frame', () => {
  it('lays its steps out flat, each step drawing its own graphic, and resizes its frame', async () => {
    const { page, errors } = await watchedPage(browser, 900, 900);
    await page.goto(`${baseURL()}/methods/`);
    await page.evaluate((site) => {
      document.body.innerHTML = `<iframe src="${site}/stories/chain/" title="故事" width="100%" height="600" data-jh-embed></iframe>`;
      const s = document.createElement('script');
      s.src = `${site}/embed/resize.js`;
      document.body.append(s);
    }, baseURL());
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    await frame!.waitForSelector('body.story--flat');
    expect(await frame!.locator('jh-scroller').getAttribute('layout')).toBe('flat');
    expect(await frame!.locator('[slot="graphic"]').isVisible()).toBe(false);
    // Scrolling the host page brings each step's graphic in.
    await expect.poll(() => page.locator('iframe').evaluate((f) => f.clientHeight), { timeout: 10_000 }).toBeGreaterThan(3000);
    const steps = await frame!.locator('.jh-step').count();
    for (let i = 0; i < steps; i++) {
      await page.locator('iframe').evaluate((f, i) => {
        const step = (f as HTMLIFrameElement).contentDocument!.querySelectorAll('.jh-step')[i]!;
        scrollTo(0, f.getBoundingClientRect().top + scrollY + step.getBoundingClientRect().top);
      }, i);
      await frame!.waitForSelector(`.jh-step:nth-of-type(${i + 1})[data-drawn]`, { timeout: 15_000 }).catch(() => undefined);
    }
    const drawn = await frame!.locator('.jh-step[data-drawn]').count();
    expect(drawn).toBe(steps);
    // Graphic above text, in each step.
    const order = await frame!.evaluate(() => {
      const step = document.querySelector('.jh-step')!;
      return (
        step.querySelector('.jh-step__still')!.getBoundingClientRect().top <
        step.querySelector('.jh-step__card')!.getBoundingClientRect().top
      );
    });
    expect(order).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('<jh-embed> given garbage attributes', () => {
  it('names each bad attribute inline instead of drawing nothing', async () => {
    const { page } = await watchedPage(browser, 800, 900);
    await page.goto(`${baseURL()}/methods/`);
    const messages = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.src = '/embed.js';
      document.head.append(s);
      await customElements.whenDefined('jh-embed').catch(() => undefined);
      for (let i = 0; i < 100 && !customElements.get('jh-embed'); i++) await new Promise((r) => setTimeout(r, 50));
      const cases: Record<string, string>[] = [
        { chart: 'port/economy', theme: 'purple', lang: 'xx' },
        { chart: '../../../etc/passwd' },
        { chart: '<img src=x onerror=alert(1)>' },
      ];
      const out: string[] = [];
      for (const attrs of cases) {
        const el = document.createElement('jh-embed') as HTMLElement & { updateComplete: Promise<unknown> };
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.body.append(el);
        await el.updateComplete;
        out.push([...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent.trim()).join(' | '));
      }
      const embeds = [...document.querySelectorAll('jh-embed')];
      return {
        out,
        injected: !!document.querySelector('img[src="x"]') || embeds.some((e) => !!e.shadowRoot!.querySelector('img[src="x"]')),
      };
    });
    expect(messages.out[0]).toContain('theme="purple" 无效，可用：auto、light、dark');
    expect(messages.out[0]).toContain('lang="xx" 无效');
    expect(messages.out[1]).toContain('未找到图表');
    expect(messages.out[2]).toContain('未找到图表“<img src=x onerror=alert(1)>”');
    expect(messages.injected).toBe(false);
    await page.context().close();
  });
});
