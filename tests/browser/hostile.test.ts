/**
 * Embeds on a hostile host page: global resets, content-box sizing, tiny
 * max-width on every svg, a huge root font, a dark background, RTL and a
 * strict CSP, served from another origin than the site. The embed codes are
 * the ones the 嵌入 dialog of a story page shows, copied out of it.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { baseURL, launch } from './browser.ts';

const HERE = path.resolve(import.meta.dirname, '../hostile');
let browser: Browser;
let host: http.Server;
let hostURL = '';
/** The page's markup between the host's own elements, per test page. */
const pages = new Map<string, string>();

interface Codes {
  iframe: string;
  script: string;
  image: string;
}

/** Open the story's 嵌入 dialog for `chart`, set the options, and copy the codes it shows. */
async function codesFromDialog(page: Page, chart: string, options: { theme?: string; plain?: boolean } = {}): Promise<Codes> {
  const slug = chart.split('/')[0];
  if (!page.url().includes(`/stories/${slug}/`)) await page.goto(`${baseURL()}/stories/${slug}/`);
  await page.locator(`.jh-share[data-chart="${chart}"]`).click();
  const dialog = page.locator('.jh-share-dialog[open]');
  await dialog.waitFor();
  await page.waitForFunction((c) => document.querySelector('.jh-share__id')?.textContent === c, chart);
  if (options.theme) await dialog.locator('[name="theme"]').selectOption(options.theme);
  if (options.plain) await dialog.locator('[name="plain"]').check();
  const codes = {
    iframe: await dialog.locator('#jh-share-iframe').inputValue(),
    script: await dialog.locator('#jh-share-script').inputValue(),
    image: await dialog.locator('#jh-share-image').inputValue(),
  };
  // The copy button puts exactly that code on the clipboard.
  await dialog.locator('[data-copy="script"]').click();
  await page.waitForFunction(() => document.querySelector('.jh-share__status')?.textContent === '已复制脚本嵌入代码。');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  if (copied !== codes.script) throw new Error(`the copy button copied ${copied}, not the code shown`);
  await dialog.locator('.jh-share__close button').click();
  return codes;
}

function serveHost(): Promise<void> {
  const site = new URL(baseURL()).origin;
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${site}`,
    "style-src 'self'",
    `img-src 'self' ${site}`,
    `connect-src 'self' ${site}`,
    `frame-src ${site}`,
  ].join('; ');
  host = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const name = url.pathname.slice(1);
    if (name === 'host.css' || name === 'host.js' || name === 'plain.css') {
      res.writeHead(200, { 'Content-Type': name.endsWith('.css') ? 'text/css' : 'text/javascript' });
      res.end(readFileSync(path.join(HERE, name)));
      return;
    }
    const body = pages.get(name);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
    let html = readFileSync(path.join(HERE, 'host.html'), 'utf8').replace('<!--embeds-->', body);
    if (name === 'stripped.html') html = html.replace('/host.css', '/plain.css');
    res.end(html);
  });
  return new Promise((resolve) =>
    host.listen(0, '127.0.0.1', () => {
      hostURL = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

/** A host page, watched for console errors, CSP violations and requests to third hosts. */
async function openHost(name: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  // The host serves only its page, stylesheet and script: an embed asset fetched from the host is a bug.
  const hostFiles = new Set([`/${name}`, '/host.css', '/host.js', '/plain.css']);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const missing: string[] = [];
  page.on('response', (r) => r.status() === 404 && missing.push(new URL(r.url()).pathname));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!u.protocol.startsWith('http') || u.host === new URL(baseURL()).host) return;
    if (u.host !== new URL(hostURL).host || !hostFiles.has(u.pathname)) foreign.push(r.url());
  });
  await page.goto(`${hostURL}/${name}`);
  return { page, errors, foreign, missing };
}

const hostStyles = (page: Page) =>
  page.evaluate(() =>
    ['host-title', 'host-para', 'host-box', 'host-h2', 'host-svg', 'host-end'].map((id) => {
      const el = document.getElementById(id)!;
      const cs = getComputedStyle(el);
      return [
        id,
        cs.fontSize,
        cs.fontFamily,
        cs.color,
        cs.backgroundColor,
        cs.margin,
        cs.padding,
        cs.direction,
        cs.maxWidth,
        el.getBoundingClientRect().width,
      ].join('|');
    }),
  );

/** The natural height of the chart in an embed frame, measured inside it. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => {
    const root = document.querySelector('.embed')!;
    const graphic = root.querySelector('.embed__graphic');
    const ghost = root.querySelector('.embed__ghost');
    return (
      root.getBoundingClientRect().height - (graphic?.getBoundingClientRect().height ?? 0) + (ghost?.getBoundingClientRect().height ?? 0)
    );
  });

async function frameOf(page: Page, chart: string): Promise<Frame> {
  const handle = await page.locator(`iframe[src*="/embed/${chart}/"]`).elementHandle();
  const frame = await handle.contentFrame();
  await frame!.waitForSelector('.embed__graphic[data-drawn], .embed__missing');
  return frame!;
}

/** Does a script embed show a drawn graphic (an svg with paths, or an ECharts svg) and no error? */
const scriptEmbedDrawn = (page: Page, chart: string) =>
  page.evaluate(async (chart) => {
    const el = document.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`jh-embed[chart="${chart}"]`);
    if (!el?.shadowRoot) return 'not upgraded';
    await el.updateComplete;
    const graphic = el.shadowRoot.querySelector('.embed__graphic > *');
    const drawn = graphic?.shadowRoot?.querySelectorAll('svg path').length ?? 0;
    const alert = el.shadowRoot.querySelector('[role="alert"]')?.textContent;
    return alert ? `alert: ${alert}` : drawn > 0 ? 'drawn' : 'empty';
  }, chart);

let codes: Record<string, Codes> = {};

beforeAll(async () => {
  browser = await launch();
  await serveHost();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL()).origin });
  const page = await context.newPage();
  codes = {
    economy: await codesFromDialog(page, 'port/economy'),
    counties: await codesFromDialog(page, 'port/counties', { plain: true }),
    network: await codesFromDialog(page, 'port/xinou-network'),
    talent: await codesFromDialog(page, 'corridor/talent', { theme: 'dark' }),
  };
  await context.close();
  const wrong = (code: string, id: string) => code.replace(/port\/economy/g, id);
  pages.set('control.html', '');
  pages.set(
    'embeds.html',
    [
      codes.economy!.iframe,
      codes.counties!.iframe,
      codes.network!.script,
      codes.talent!.script,
      wrong(codes.economy!.iframe, 'port/no-such-chart'),
      wrong(codes.economy!.script, 'port/no-such-chart'),
      '<jh-embed></jh-embed>',
    ].join('\n<p>Between the embeds.</p>\n'),
  );
  // A CMS that strips scripts keeps only the iframe (on an ordinary page: no script can undo `all: revert`).
  pages.set('stripped.html', codes.economy!.iframe.replace(/<script[^>]*><\/script>/, ''));
});

afterAll(async () => {
  await browser?.close();
  host?.close();
});

describe('the embed codes of the 嵌入 dialog', () => {
  it('point at this site, with the options chosen in the dialog', () => {
    const site = baseURL();
    expect(codes.economy!.iframe).toContain(`src="${site}/embed/port/economy/"`);
    expect(codes.economy!.iframe).toContain(`<script src="${site}/embed/resize.js" async></script>`);
    expect(codes.counties!.iframe).toContain(`/embed/port/counties/?plain"`);
    expect(codes.talent!.script).toMatch(/^<jh-embed chart="corridor\/talent" theme="dark">/);
    expect(codes.network!.image).toContain(`${site}/embed/port/xinou-network/chart.png`);
  });
});

describe('a hostile host page', () => {
  it('draws every chart, iframe and script alike, with no console error, CSP violation or third-host request', async () => {
    const { page, errors, foreign, missing } = await openHost('embeds.html', 1200);
    for (const chart of ['port/economy', 'port/counties']) {
      const frame = await frameOf(page, chart);
      expect(
        await frame
          .locator('.embed__graphic > :not(noscript, .embed__ghost)')
          .evaluate((el) => el.shadowRoot!.querySelectorAll('svg path').length),
      ).toBeGreaterThan(5);
    }
    await expect.poll(() => scriptEmbedDrawn(page, 'port/xinou-network'), { timeout: 15_000 }).toBe('drawn');
    await expect.poll(() => scriptEmbedDrawn(page, 'corridor/talent'), { timeout: 15_000 }).toBe('drawn');
    // The script embed is sized by its own rules, not the host's: the svg is not squeezed to 50 px.
    const svgWidth = await page.evaluate(() => {
      const el = document.querySelector('jh-embed[chart="port/xinou-network"]')!;
      return el.shadowRoot!.querySelector('.embed__graphic > *')!.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width;
    });
    expect(svgWidth).toBeGreaterThan(500);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    // The only failures are the two embeds of a chart that does not exist.
    expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
    expect([...new Set(missing)].sort()).toEqual(['/embed/port/no-such-chart/', '/embed/port/no-such-chart/chart.json']);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('sizes each iframe to its content, within 3 px, at every width', async () => {
    const { page } = await openHost('embeds.html', 1200);
    for (const width of [1200, 420, 900]) {
      await page.setViewportSize({ width, height: 900 });
      for (const chart of ['port/economy', 'port/counties']) {
        const frame = await frameOf(page, chart);
        const iframe = page.locator(`iframe[src*="/embed/${chart}/"]`);
        await expect
          .poll(
            async () => {
              const [shown, wanted] = [await iframe.evaluate((f) => f.clientHeight - 14), await contentHeight(frame)];
              return `${chart} at ${width}: ${Math.abs(shown - wanted) <= 3 ? 'ok' : `${shown} vs ${wanted}`}`;
            },
            { timeout: 5000 },
          )
          .toBe(`${chart} at ${width}: ok`);
      }
    }
    await page.context().close();
  });

  it('leaves the host page’s own elements exactly as they are without embeds', async () => {
    const control = await openHost('control.html', 1200);
    const before = await hostStyles(control.page);
    const embeds = await openHost('embeds.html', 1200);
    await expect.poll(() => scriptEmbedDrawn(embeds.page, 'port/xinou-network'), { timeout: 15_000 }).toBe('drawn');
    expect(await hostStyles(embeds.page)).toEqual(before);
    expect(await embeds.page.evaluate(() => [document.adoptedStyleSheets.length, document.styleSheets.length])).toEqual([0, 1]);
    await control.page.context().close();
    await embeds.page.context().close();
  });

  it('says so inline for an unknown chart id and a missing chart attribute, in both embed kinds', async () => {
    const { page } = await openHost('embeds.html', 1200);
    const frame = await frameOf(page, 'port/no-such-chart');
    expect(await frame.locator('.embed__missing').textContent()).toContain('未找到图表“port/no-such-chart”');
    await expect.poll(() => scriptEmbedDrawn(page, 'port/no-such-chart'), { timeout: 15_000 }).toContain('未找到图表“port/no-such-chart”');
    const missing = await page.evaluate(async () => {
      const el = document.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('jh-embed:not([chart])')!;
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[role="alert"]')!.textContent;
    });
    expect(missing).toContain('缺少 chart 属性');
    await page.context().close();
  });

  it('follows the host’s dark theme when the code says auto, and keeps a forced theme', async () => {
    const { page } = await openHost('embeds.html', 1200);
    await expect.poll(() => scriptEmbedDrawn(page, 'corridor/talent'), { timeout: 15_000 }).toBe('drawn');
    const bg = (chart: string) =>
      page.evaluate(
        (c) => getComputedStyle(document.querySelector(`jh-embed[chart="${c}"]`)!.shadowRoot!.querySelector('.embed')!).backgroundColor,
        chart,
      );
    const light = await bg('port/xinou-network');
    expect(await bg('corridor/talent')).toBe('rgb(18, 20, 23)');
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
    await expect.poll(() => bg('port/xinou-network')).toBe('rgb(18, 20, 23)');
    const frame = await frameOf(page, 'port/economy');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(light).toBe('rgb(247, 245, 240)');
    await page.context().close();
  });
});

describe('a resize script in <head>, and a frame added later', () => {
  it('sizes the late frame and passes on a theme the host states by a class on <body>', async () => {
    const { page, errors } = await openHost('control.html', 900);
    await page.evaluate((site) => {
      const s = document.createElement('script');
      s.src = `${site}/embed/resize.js`;
      document.head.append(s);
    }, baseURL());
    await page.waitForFunction(() => (window as unknown as { __jhEmbedResizers?: string[] }).__jhEmbedResizers?.length === 1);
    await page.evaluate((site) => {
      const f = document.createElement('iframe');
      f.src = `${site}/embed/port/economy/`;
      f.title = '图表';
      f.width = '100%';
      f.height = '150';
      document.body.append(f);
    }, baseURL());
    const frame = await frameOf(page, 'port/economy');
    await expect
      .poll(async () => Math.abs((await page.locator('iframe').evaluate((f) => f.clientHeight - 14)) - (await contentHeight(frame))), {
        timeout: 5000,
      })
      .toBeLessThanOrEqual(3);
    await page.evaluate(() => document.body.classList.add('dark'));
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset['theme'] ?? ''), { timeout: 5000 }).toBe('dark');
    await page.evaluate(() => document.body.classList.add('menu-open')); // not a theme: nothing is sent
    await page.evaluate(() => document.body.classList.remove('dark'));
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset['theme'] ?? ''), { timeout: 5000 }).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('an iframe whose resize script was stripped', () => {
  it('still shows the whole chart in its fixed height, wide and narrow', async () => {
    const { page, errors } = await openHost('stripped.html', 1200);
    for (const width of [1200, 360]) {
      await page.setViewportSize({ width, height: 900 });
      const frame = await frameOf(page, 'port/economy');
      const fixed = Number(await page.locator('iframe').getAttribute('height'));
      expect(fixed).toBeGreaterThan(300);
      const fits = await frame.evaluate(() => {
        const root = document.querySelector('.embed')!.getBoundingClientRect();
        const foot = document.querySelector('.embed__foot')!.getBoundingClientRect();
        return foot.bottom <= innerHeight + 1 && root.height <= innerHeight + 1;
      });
      expect(fits, `at ${width} px the chart fits its ${fixed} px frame`).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
