/**
 * Reading on a phone, in Chromium (an Android phone; WeChat's view there) with touch: each step's
 * graphic shows whole beside its text at the four sizes; labels are legible and apart; nothing
 * scrolls sideways; body text is 16 px or more; controls are 44 × 44 px to a finger; a tap opens a
 * figure's source card and a tap elsewhere closes it; pinch-zoom is never blocked; the address bar
 * showing or hiding redraws nothing. WebKit and Firefox walk the stories in engines.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, SLUGS } from './browser.ts';
import { chromiumPage } from './engines.ts';
import { MEASURE_LEGIBILITY, type Legibility } from './legibility.ts';
import { inPage, missed, walkStory, type StepSeen } from './visibility.ts';

const SIZES = [
  [360, 640],
  [390, 844],
  [412, 915],
  [844, 390],
] as const;

const pct = (n: number) => `${Math.round(n * 100)} %`;
const worst = (steps: StepSeen[]) =>
  steps.reduce((a, b) => (b.visible < a.visible || (b.visible === a.visible && b.screen < a.screen) ? b : a));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A phone-sized page with touch; with reduced motion, each graphic is in its final state at once. */
async function phone(width: number, height: number, reducedMotion: 'reduce' | 'no-preference' = 'reduce'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    isMobile: width < height,
    hasTouch: true,
    deviceScaleFactor: 2,
    reducedMotion,
  });
  return context.newPage();
}

const drawn = (page: Page, id: string) =>
  page.waitForFunction((id) => document.querySelector<HTMLElement>('jh-scroller [slot="graphic"]')?.dataset['activeStep'] === id, id, {
    timeout: 20_000,
  });

describe('a phone reader sees each step’s graphic whole (Chromium)', () => {
  it.each(SIZES)('at %i×%i: every step has a position where ≥ 90 % of its graphic is seen, filling ≥ 40 % of the screen', async (w, h) => {
    const page = await chromiumPage(browser, w, h);
    const misses: string[] = [];
    const summary: string[] = [];
    for (const slug of SLUGS) {
      const seen = await walkStory(page, `${baseURL()}/stories/${slug}/`);
      misses.push(...missed(seen).map((m) => `${slug}#${m}`));
      const low = worst(seen);
      summary.push(`${slug} ${pct(low.visible)} seen, ${pct(Math.min(...seen.map((s) => s.screen)))} of the screen (worst: ${low.id})`);
    }
    console.log(`visibility at ${w}×${h}: ${summary.join('; ')}`);
    expect(misses).toEqual([]);
    expect(await page.errors()).toEqual([]);
    await page.close();
  });
});

describe('legible at 360 px (Chromium)', () => {
  it.each(SLUGS)('%s: every step’s labels are 12 px or larger, and none is drawn over another', async (slug) => {
    const page = await phone(360, 640);
    await page.goto(`${baseURL()}/stories/${slug}/`);
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('jh-scroller > [data-step]')].map((s) => s.dataset['step']!),
    );
    const problems: string[] = [];
    for (const id of ids) {
      await page.evaluate((id) => (location.hash = `#${id}`), id);
      await drawn(page, id);
      const l = await page.evaluate<Legibility>(inPage(MEASURE_LEGIBILITY, 12));
      if (!l.texts) problems.push(`${id}: no text found in its graphic`);
      for (const s of l.small) problems.push(`${id}: “${s.text}” at ${s.px} px`);
      for (const [a, b] of l.overlaps) problems.push(`${id}: “${a}” over “${b}”`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/** Every page type: nothing wider than the screen. */
const PAGES = [
  ...SLUGS.flatMap((s) => [`/stories/${s}/`, `/present/${s}/`]),
  '/',
  '/methods/',
  '/embed/',
  '/embed/port/economy/',
  '/no-such-page/',
];

describe('fits a 360 px screen', () => {
  it('scrolls sideways on no page', async () => {
    const page = await phone(360, 640);
    const wide: string[] = [];
    for (const url of PAGES) {
      await page.goto(baseURL() + url);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      const [scrollWidth, width] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, innerWidth]);
      if (scrollWidth > width) wide.push(`${url}: ${scrollWidth} px wide on a ${width} px screen`);
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });

  it.each(SLUGS)('%s: body text is 16 px or larger (intro, steps, outro, source cards)', async (slug) => {
    const page = await phone(360, 640);
    await page.goto(`${baseURL()}/stories/${slug}/`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.prose p, .jh-step__card p, .jh-step__card li, .jh-card p, .lede')]
        .map((p) => [p.textContent.trim().slice(0, 20), parseFloat(getComputedStyle(p).fontSize)] as const)
        .filter(([, px]) => px < 16),
    );
    expect(small).toEqual([]);
    // No line starts with the 。 or ， after a figure: the two stay on one line.
    await page.evaluate(() => document.querySelectorAll('.jh-step').forEach((s) => s.classList.add('is-laid-out')));
    const split = await page.evaluate(() =>
      [...document.querySelectorAll('.jh-nobr')].filter((s) => new Set([...s.getClientRects()].map((r) => Math.round(r.top))).size > 1),
    );
    expect(split.length).toBe(0);
    expect(await page.locator('.jh-nobr').count()).toBeGreaterThan(5);
    await page.context().close();
  });
});

/**
 * Whether a finger on any point of a 44 × 44 px square centred on each `selector` box reaches it. Two
 * figures on neighbouring lines of text are nearer than 44 px: there a point may reach the other
 * one (a control either way, never nothing), as long as the centre's 24 × 24 px reach only this one.
 */
const REACH = `
  const [selector, root] = arguments;
  const host = root ? document.querySelector(root) : null;
  const scope = host ? host.shadowRoot : document;
  const miss = [];
  for (const el of scope.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (!r.width || r.bottom < 0 || r.top > innerHeight) continue;
    const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
    const points = [[-21, -21], [21, -21], [-21, 21], [21, 21], [0, -21], [0, 21], [-21, 0], [21, 0]];
    const inner = [[-12, -12], [12, -12], [-12, 12], [12, 12]];
    for (const [dx, dy] of [...points, ...inner]) {
      const hit = scope.elementFromPoint(cx + dx, cy + dy);
      const mine = hit === el || el.contains(hit);
      const another = hit && hit.closest && hit.closest(selector) && Math.max(Math.abs(dx), Math.abs(dy)) > 12;
      if (!mine && !another) {
        miss.push((el.textContent || el.className).trim().slice(0, 16) + ' at ' + [dx, dy]);
        break;
      }
    }
  }
  return miss;
`;

describe('touch', () => {
  it('figure buttons, 嵌入与下载 and the source card’s close button take a 44 × 44 px finger', async () => {
    const page = await phone(390, 844);
    await page.goto(`${baseURL()}/stories/port/#economy`);
    await drawn(page, 'economy');
    expect(await page.evaluate(inPage(REACH, '[aria-current="step"] .jh-fig'))).toEqual([]);
    expect(await page.evaluate(inPage(REACH, '[aria-current="step"] .jh-share'))).toEqual([]);
    await page.locator('[aria-current="step"] .jh-fig').first().tap();
    expect(await page.evaluate(inPage(REACH, '.jh-card:popover-open .jh-card__close'))).toEqual([]);
    await page.context().close();
  });

  it('the graphic’s 数据表 takes a 44 × 44 px finger', async () => {
    const page = await phone(390, 844);
    for (const [slug, id] of [
      ['port', 'economy'],
      ['port', 'xinou-network'],
      ['port', 'counties'],
      ['chain', 'ten-chains'],
      ['chain', 'targets'],
      ['chain', 'flow'],
    ] as const) {
      await page.goto(`${baseURL()}/stories/${slug}/#${id}`);
      await drawn(page, id);
      await page.waitForFunction(
        () => !!document.querySelector('[slot="graphic"] > :not([hidden])')?.shadowRoot?.querySelector('details.data'),
      );
      const root = await page.evaluate(() => document.querySelector('[slot="graphic"] > :not([hidden])')!.localName);
      expect(await page.evaluate(inPage(REACH, 'details.data summary', `[slot="graphic"] > ${root}`)), `${slug}#${id}`).toEqual([]);
    }
    await page.context().close();
  });

  it('present mode’s controls take a 44 × 44 px finger', async () => {
    const page = await phone(844, 390);
    await page.goto(`${baseURL()}/present/port/`);
    await page.waitForFunction(() => !!document.querySelector<HTMLElement>('.deck__graphic')?.dataset['activeStep']);
    expect(await page.evaluate(inPage(REACH, '.deck__bar button, .deck__bar a'))).toEqual([]);
    await page.context().close();
  });

  it('a tap on a figure opens its source card, a tap elsewhere closes it', async () => {
    const page = await phone(390, 844);
    await page.goto(`${baseURL()}/stories/port/#xinou-trains`);
    await drawn(page, 'xinou-trains');
    const figure = page.locator('[aria-current="step"] .jh-fig').first();
    const card = `#src-${await figure.getAttribute('data-fig')}`;
    await figure.tap();
    await expect.poll(() => page.locator(card).evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await page.touchscreen.tap(20, 20);
    await expect.poll(() => page.locator(card).evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await page.context().close();
  });

  it('a fast flick through many steps ends with the graphic of the step the text stops at', async () => {
    const page = await phone(390, 844, 'no-preference');
    await page.goto(`${baseURL()}/stories/port/`);
    await drawn(page, await page.evaluate(() => document.querySelector<HTMLElement>('[data-step]')!.dataset['step']!));
    const cdp = await page.context().newCDPSession(page);
    // The step whose text is under the scroller's trigger line, and the step the graphic shows.
    const settled = async () => {
      await page.waitForFunction(
        () => {
          const w = window as Window & { lastY?: number };
          const same = w.lastY === scrollY;
          w.lastY = scrollY;
          return same;
        },
        undefined,
        { polling: 300 },
      );
      const reading = await page.evaluate(() => {
        const line = document.querySelector('jh-scroller')!.triggerLine();
        const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
        return steps.findLast((s) => s.getBoundingClientRect().top <= line)?.dataset['step'] ?? steps[0]!.dataset['step']!;
      });
      await drawn(page, reading);
      return reading;
    };
    // Thousands of pixels in half a second. (Headless Chromium does not scroll for a synthesized
    // touch gesture; the scroll events the page sees are the same.)
    const flick = (distance: number) =>
      cdp.send('Input.synthesizeScrollGesture', { x: 195, y: 600, yDistance: distance, speed: 8000, gestureSourceType: 'mouse' });
    const steps: string[] = [];
    for (const distance of [-5000, -4000, 6500]) {
      await flick(distance);
      steps.push(await settled());
    }
    // Each flick crossed steps: the one it ended at is drawn (settled), and differs from the last.
    expect(new Set(steps).size, `flicked to ${steps.join(', ')}`).toBe(3);
    await page.context().close();
  });

  it('never blocks pinch-zoom: no viewport limit, no element that takes pinches from the page', async () => {
    const page = await phone(390, 844);
    for (const url of ['/stories/port/', '/present/port/', '/embed/port/economy/']) {
      await page.goto(baseURL() + url);
      const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
      expect(viewport, url).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale|minimum-scale/);
      const blocking = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .map((el) => [el.localName, getComputedStyle(el).touchAction] as const)
          .filter(([, t]) => t !== 'auto' && t !== 'manipulation' && !t.includes('pinch-zoom')),
      );
      expect(blocking, url).toEqual([]);
    }
    await page.context().close();
  });
});

describe('the address bar', () => {
  it('showing and hiding (the height alone changing) resizes nothing and redraws nothing; turning the phone does', async () => {
    const page = await phone(390, 844);
    await page.goto(`${baseURL()}/stories/port/#xinou-network`);
    await drawn(page, 'xinou-network');
    await page.waitForTimeout(500);
    const state = () =>
      page.evaluate(() => {
        const el = document.querySelector('[slot="graphic"] > :not([hidden])')!;
        const stage = el.getBoundingClientRect();
        return {
          step: document.querySelector('[aria-current="step"]')?.getAttribute('data-step'),
          width: stage.width,
          height: stage.height,
        };
      });
    const before = await state();
    await page.evaluate(() => {
      const el = document.querySelector('[slot="graphic"] > :not([hidden])')!;
      (window as Window & { mutations?: number }).mutations = 0;
      new MutationObserver((m) => ((window as Window & { mutations?: number }).mutations! += m.length)).observe(el.shadowRoot!, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    });
    for (const height of [780, 844, 760, 844]) {
      await page.setViewportSize({ width: 390, height });
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(400);
    expect(await state()).toEqual(before);
    expect(await page.evaluate(() => (window as Window & { mutations?: number }).mutations)).toBe(0);
    // A new width is a new layout: the graphic is drawn again for it.
    await page.setViewportSize({ width: 412, height: 844 });
    await expect.poll(async () => (await state()).width).not.toBe(before.width);
    await expect.poll(() => page.evaluate(() => (window as Window & { mutations?: number }).mutations)).toBeGreaterThan(0);
    await page.context().close();
  });
});
