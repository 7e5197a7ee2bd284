/**
 * How much of a step's graphic a reader sees: the share of the shown graphic element's box that is
 * on screen and not under text, and how much of the screen that uncovered graphic fills; and a walk
 * through a story that finds, for each step, the best of it while that step is the one drawn. The
 * page code is sent as source (see inPage), so Playwright, puppeteer and WebDriver all run it.
 */
import { waitFor, type EnginePage } from './engines.ts';

export interface Visibility {
  /** The step the scroller marks as current (aria-current). */
  current: string | null;
  /** The step whose state the graphic shows (data-active-step). */
  drawn: string | null;
  /** Share of the graphic's box on screen and uncovered, 0–1. */
  visible: number;
  /** Share of the screen that uncovered graphic fills, 0–1. */
  screen: number;
}

/** Page source wrapping a function body and its arguments as one expression (for any driver's evaluate). */
export const inPage = (body: string, ...args: unknown[]): string => `(function () {${body}}).apply(null, ${JSON.stringify(args)})`;

/**
 * A point of the graphic counts where `elementFromPoint` finds the graphic on top there: a step card
 * over it (cards take taps, so they are hit) or anything else drawn over it does not count, a card
 * that has gone under the stage does not cover it.
 */
export const MEASURE_VISIBILITY = `
  const graphic = document.querySelector('jh-scroller [slot="graphic"], .deck__graphic');
  const el = graphic && graphic.querySelector(':scope > :not([hidden])');
  const current = document.querySelector('[data-step][aria-current="step"]');
  const result = { current: current ? current.dataset.step : null, drawn: null, visible: 0, screen: 0 };
  result.drawn = graphic ? graphic.dataset.activeStep || null : null;
  if (!el) return result;
  const r = el.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const N = 24;
  let seen = 0;
  for (let i = 0; i < N; i++)
    for (let j = 0; j < N; j++) {
      const x = r.left + ((i + 0.5) * r.width) / N;
      const y = r.top + ((j + 0.5) * r.height) / N;
      if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
      const top = document.elementFromPoint(x, y);
      if (top === el || el.contains(top)) seen++;
    }
  result.visible = seen / (N * N);
  result.screen = (result.visible * r.width * r.height) / (vw * vh);
  return result;
`;

/**
 * The scroll positions (document y) over which step `arguments[0]` is the current one, for the
 * scroller's trigger line. A step not yet near the screen is not laid out (content-visibility:
 * auto) and has only its estimated height: read a step's range once it is near.
 */
export const STEP_RANGE = `
  const scroller = document.querySelector('jh-scroller');
  const line = scroller.triggerLine ? scroller.triggerLine() : (scroller.offset || 0.6) * window.innerHeight;
  const steps = [...scroller.querySelectorAll(':scope > [data-step]')];
  const i = steps.findIndex((s) => s.dataset.step === arguments[0]);
  const top = (s) => s.getBoundingClientRect().top + window.scrollY;
  const end = steps[i + 1] ? top(steps[i + 1]) : steps[i].getBoundingClientRect().bottom + window.scrollY;
  return { id: arguments[0], from: Math.max(0, top(steps[i]) - line), to: end - line };
`;

const STEP_IDS = `return [...document.querySelectorAll('jh-scroller > [data-step]')].map((s) => s.dataset.step);`;
const SCROLL_TO = `window.scrollTo({ top: arguments[0], behavior: 'instant' });`;
/** Step `arguments[0]` is the current one and its state is drawn. */
const DRAWN = `
  const graphic = document.querySelector('jh-scroller [slot="graphic"]');
  const current = document.querySelector('[data-step][aria-current="step"]');
  return !!graphic && graphic.dataset.activeStep === arguments[0] && !!current && current.dataset.step === arguments[0];
`;

export interface StepRange {
  id: string;
  from: number;
  to: number;
}

/** Evenly spaced positions inside a step's range, kept clear of its ends (where the step changes). */
export function samplePositions({ from, to }: StepRange, count: number): number[] {
  const margin = Math.min(24, (to - from) / 4);
  const span = to - from - 2 * margin;
  return Array.from({ length: count }, (_, k) => Math.round(from + margin + (count === 1 ? span / 2 : (span * k) / (count - 1))));
}

export interface StepSeen {
  id: string;
  /** Whether the step was ever the one drawn at the positions tried. */
  drawn: boolean;
  /** The best visibility at those positions while it was drawn. */
  visible: number;
  screen: number;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Scroll through a story as a reader would, a step at a time, and for each step keep the best
 * visibility seen at `samples` positions while it is the step drawn.
 */
export async function walkStory(page: EnginePage, url: string, samples = 2): Promise<StepSeen[]> {
  await page.goto(url);
  await waitFor(
    page,
    inPage(`return !!document.querySelector('jh-scroller [slot="graphic"]')?.dataset.activeStep;`),
    'the first step drawn',
  );
  const ids = await page.run<string[]>(inPage(STEP_IDS));
  const seen: StepSeen[] = [];
  for (const id of ids) {
    // Near the step first, so that it and its neighbours are laid out, then its range.
    await page.run(inPage(SCROLL_TO, (await page.run<StepRange>(inPage(STEP_RANGE, id))).from));
    await pause(80);
    const range = await page.run<StepRange>(inPage(STEP_RANGE, id));
    const best: StepSeen = { id, drawn: false, visible: 0, screen: 0 };
    for (const y of samplePositions(range, samples)) {
      await page.run(inPage(SCROLL_TO, y));
      const drawn = await waitFor(page, inPage(DRAWN, id), `step ${id} drawn`, 15_000).then(
        () => true,
        () => false,
      );
      if (!drawn) continue;
      const v = await page.run<Visibility>(inPage(MEASURE_VISIBILITY));
      if (v.drawn !== id || v.current !== id) continue;
      best.drawn = true;
      if (v.visible > best.visible || (v.visible === best.visible && v.screen > best.screen))
        Object.assign(best, { visible: v.visible, screen: v.screen });
    }
    seen.push(best);
  }
  return seen;
}

/** The targets: a step's graphic ≥ 90 % seen, and that uncovered graphic ≥ 40 % of the screen. */
export const VISIBLE_AT_LEAST = 0.9;
export const SCREEN_AT_LEAST = 0.4;

/** Steps that miss a target, as readable lines (empty when every step meets both). */
export const missed = (steps: readonly StepSeen[]): string[] =>
  steps.flatMap((s) =>
    !s.drawn
      ? [`${s.id}: never the step drawn at the positions tried`]
      : s.visible < VISIBLE_AT_LEAST || s.screen < SCREEN_AT_LEAST
        ? [`${s.id}: ${Math.round(s.visible * 100)} % of its graphic seen, filling ${Math.round(s.screen * 100)} % of the screen`]
        : [],
  );
