/**
 * A keyboard-only reader of the port story: the skip link comes first and works, Tab reaches
 * every control on the page in order, each one visibly focused (its ring changes the pixels) and
 * in view, nothing drawn over it; a step reached by Tab shows its graphic; a figure's source
 * card opens with Enter and closes with Escape, back to the figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, watchedPage, type Watched } from './browser.ts';
import { waitForStep } from './story-state.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Focused {
  /** Tag and class, to tell kinds of control apart. */
  kind: string;
  text: string;
  /** The step it sits in, if any. */
  step?: string;
  inMain: boolean;
  inView: boolean;
  /** What is drawn at its centre is the control itself (or inside it), not something over it. */
  onTop: boolean;
  /** The box its focus ring is drawn around (a step's card for a step), in page pixels. */
  box: { x: number; y: number; width: number; height: number };
}

/** The focused element, through shadow roots, as the reader sees it; marks it as reached. */
const focused = (page: Page) =>
  page.evaluate((): Focused | null => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    ((window as unknown as { reached?: Set<Element> }).reached ??= new Set()).add(el);
    const ringed = el.matches('[data-step]') ? el.querySelector('.jh-step__card')! : el;
    const r = ringed.getBoundingClientRect();
    // Hit-test down through shadow roots to what is painted at the centre.
    const x = r.left + r.width / 2;
    const y = r.top + Math.min(r.height / 2, 12);
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    const host = (n: Node): Element | null => (n.getRootNode() instanceof ShadowRoot ? (n.getRootNode() as ShadowRoot).host : null);
    let outer: Element = el;
    for (let h = host(el); h; h = host(h)) outer = h;
    return {
      kind: `${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => !c.startsWith('is-')).join('.')}`,
      text: (el.textContent ?? '').trim().slice(0, 20),
      step: outer.closest<HTMLElement>('[data-step]')?.dataset['step'],
      inMain: !!outer.closest('main'),
      inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
      onTop: !!hit && (hit === el || el.contains(hit) || ringed.contains(hit)),
      box: { x: r.left, y: r.top, width: r.width, height: r.height },
    };
  });

/** The focus ring shows: the control's surroundings look different focused and blurred. */
async function ringShows(page: Page, box: Focused['box']): Promise<boolean> {
  const viewport = page.viewportSize()!;
  const x = Math.max(0, box.x - 8);
  const y = Math.max(0, box.y - 8);
  const clip = { x, y, width: Math.min(box.width + 16, viewport.width - x), height: Math.min(box.height + 16, viewport.height - y) };
  const withRing = await page.screenshot({ clip, animations: 'disabled' });
  const handle = await page.evaluateHandle(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el as HTMLElement;
  });
  await handle.evaluate((el) => el.blur());
  const without = await page.screenshot({ clip, animations: 'disabled' });
  await handle.evaluate((el) => el.focus({ preventScroll: true }));
  return !withRing.equals(without);
}

describe('keyboard only, story port at 1440×900', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await watchedPage(browser, 1440, 900);
    await w.page.goto(`${baseURL()}/stories/port/`);
    await waitForStep(w.page, 'inland');
  });
  afterAll(async () => {
    await w.page.context().close();
  });

  it('offers the skip link first, visibly, and it moves focus into the story', async () => {
    const { page } = w;
    await page.keyboard.press('Tab');
    const first = (await focused(page))!;
    expect(first.kind).toBe('a.skip-link');
    expect(first.inView && first.onTop).toBe(true);
    expect(await ringShows(page, first.box), 'the skip link shows a focus ring').toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.inMain, 'the next Tab after the skip link lands in <main>').toBe(true);
  });

  it('reaches every control in order, each in view, unobscured and with a visible ring; steps show their graphic', async () => {
    const { page } = w;
    await page.reload();
    await waitForStep(page, 'inland');
    const ringChecked = new Set<string>();
    const steps: string[] = [];
    const problems: string[] = [];
    for (let presses = 0; presses < 400; presses++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (!f || (presses > 0 && f.kind === 'a.skip-link')) break; // past the end of the page
      const where = `${f.kind} “${f.text}”${f.step ? ` in step ${f.step}` : ''}`;
      if (!f.inView) problems.push(`${where}: out of view`);
      if (!f.onTop) problems.push(`${where}: something is drawn over it`);
      if (!ringChecked.has(f.kind)) {
        ringChecked.add(f.kind);
        if (!(await ringShows(page, f.box))) problems.push(`${where}: no visible focus ring`);
      }
      if (f.step && f.step !== steps.at(-1)) {
        steps.push(f.step);
        await waitForStep(page, f.step).catch(() => problems.push(`${where}: the graphic did not change to its step`));
      }
    }
    expect(problems).toEqual([]);
    const all = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-step]')].map((s) => s.dataset['step']!));
    expect(steps, 'every step reached in order').toEqual(all);
    expect([...ringChecked], 'kinds of control reached').toEqual(
      expect.arrayContaining([
        'a.skip-link',
        'summary.',
        'section.jh-step',
        'button.jh-share',
        'button.jh-fig.jh-fig--actual',
        'button.jh-fig.jh-fig--target',
      ]),
    );
    const missed = await page.evaluate(() => {
      const reached = (window as unknown as { reached: Set<Element> }).reached;
      const tabbable = 'a[href], button:not([disabled]), summary, input, select, textarea, [tabindex]:not([tabindex^="-"])';
      return [...document.querySelectorAll<HTMLElement>(tabbable)]
        .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !reached.has(el))
        .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 20)}”`);
    });
    expect(missed, 'controls Tab never reached').toEqual([]);
  });

  it('opens a figure’s source card with Enter, moves into it with Tab, and Escape returns to the figure', async () => {
    const { page } = w;
    const button = page.locator('#trade button.jh-fig').first();
    await button.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('.jh-card:popover-open');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('.jh-card__evidence').textContent()).toBeTruthy();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.jh-card:popover-open'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('logged no console errors', () => {
    expect(w.errors).toEqual([]);
  });
});

describe('keyboard only, story port at 390×844', () => {
  it('brings the graphic’s data table up over the cards when it is focused, and the first step back in place', async () => {
    const w = await watchedPage(browser, 390, 844);
    const { page } = w;
    await page.goto(`${baseURL()}/stories/port/`);
    await waitForStep(page, 'inland');
    let f: Focused | null = null;
    for (let i = 0; i < 12 && !f?.kind.startsWith('summary'); i++) {
      await page.keyboard.press('Tab');
      f = await focused(page);
    }
    expect(f?.kind, 'the graphic’s data table is reachable').toBe('summary.');
    expect(f!.inView && f!.onTop, 'the focused summary is in view with nothing over it').toBe(true);
    expect(await ringShows(page, f!.box)).toBe(true);
    expect(await page.getAttribute('[data-step="inland"]', 'aria-current'), 'focusing the graphic kept its step').toBe('step');
    // Tab on: the first step's card comes back over the graphic.
    await page.keyboard.press('Tab');
    const step = await focused(page);
    expect(step?.step).toBe('inland');
    expect(step!.onTop).toBe(true);
    expect(w.errors).toEqual([]);
    await page.context().close();
  });
});
