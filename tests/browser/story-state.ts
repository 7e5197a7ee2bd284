/**
 * What a step declares versus what the page shows. `shownState` reads the
 * rendered graphic (inside the elements' shadow roots) in the page;
 * `expectedState` derives the same shape from the step's declared view.
 */
import type { Page } from 'playwright-core';
import { formatFigure } from '../../src/core/text/format.ts';
import { tagOf, type StoryData } from '../../src/core/graphics.ts';
import { countyColors } from '../../src/core/tokens.ts';

/**
 * Chain → county pairs written out from the facts directly, not with the
 * elements' own layout code, so a fault there cannot hide on both sides.
 */
function chainCounties(data: StoryData, chains: readonly string[]): [string, string][] {
  const pairs = new Set<string>();
  for (const f of Object.values(data.facts))
    if (['industry', 'platform'].includes(f.topic) && f.chain && chains.includes(f.chain) && f.subject in countyColors)
      pairs.add(`${f.chain}|${f.subject}`);
  return [...pairs].map((p) => p.split('|') as [string, string]);
}
import type { StepView } from '../../src/core/schema/story.ts';

export interface GraphicState {
  active: string;
  visible: string[];
  highlight?: string[];
  grouped?: string[];
  places?: string[];
  extent?: string;
  routes?: string[];
  focus?: string[];
  title?: string;
  labels?: string[];
  notes?: string[];
  links?: string[];
  panels?: string[];
  tiles?: string[];
}

const sorted = (xs: string[]) => [...xs].sort();

export function expectedState(id: string, view: StepView, data: StoryData): GraphicState {
  const base = { active: id, visible: [tagOf(view.graphic)] };
  switch (view.graphic) {
    case 'county-map':
      return {
        ...base,
        highlight: sorted(view.highlight),
        grouped: sorted(view.groups.flatMap((g) => g.counties)),
        places: sorted(view.places),
        notes: sorted(view.facts.map((id) => data.facts[id]!.label)),
      };
    case 'route-map':
      return {
        ...base,
        extent: view.extent,
        routes: sorted(view.routes),
        focus: sorted(view.focus.length ? view.focus : view.routes),
        places: sorted(view.places),
      };
    case 'chart':
      return {
        ...base,
        title: view.title,
        labels: sorted(view.figures.map((f) => data.figures[f]!).map((f) => `${f.kind === 'target' ? '目标 ' : ''}${formatFigure(f)}`)),
      };
    case 'chain-flow':
      return { ...base, links: sorted(chainCounties(data, view.chains).map(([c, county]) => `${c}→${county}`)) };
    case 'county-grid': {
      const pairs = chainCounties(data, view.chains);
      return {
        ...base,
        panels: view.chains.map((c) => `${c}:${sorted(pairs.filter(([p]) => p === c).map(([, county]) => county)).join(',')}`),
      };
    }
    case 'treemap': {
      const sum = view.figures.reduce((s, id) => s + data.figures[id]!.value, 0);
      const rest = view.total && data.figures[view.total]!.value > sum ? ['rest'] : [];
      return { ...base, tiles: sorted([...view.figures, ...rest]) };
    }
  }
}

/** The graphic container of the scroll view; present mode passes `.deck__graphic`. */
export const SCROLL_GRAPHIC = '[slot="graphic"]';

/** The graphic's state as rendered, read from the DOM. */
export function shownState(page: Page, container = SCROLL_GRAPHIC): Promise<GraphicState> {
  return page.evaluate((container) => {
    const graphic = document.querySelector<HTMLElement>(container)!;
    const visible = [...graphic.children].filter((el) => !el.hasAttribute('hidden'));
    const el = visible[0];
    const root = el?.shadowRoot;
    const ids = (sel: string, key: string) =>
      [...(root?.querySelectorAll<HTMLElement | SVGElement>(sel) ?? [])].map((n) => n.dataset[key]!).sort();
    const state: Record<string, unknown> = { active: graphic.dataset['activeStep'] ?? '', visible: visible.map((v) => v.localName) };
    if (el?.localName === 'jh-county-map') {
      state['highlight'] = ids('path.county[data-role="highlight"]', 'county');
      state['grouped'] = ids('path.county[data-role="group"]', 'county');
      state['places'] = ids('[data-place]', 'place');
      state['notes'] = [...(root?.querySelectorAll('.note') ?? [])].map((n) => n.textContent ?? '').sort();
    } else if (el?.localName === 'jh-route-map') {
      // The extent asked for, and the one the view was actually fitted to: both must match the step.
      const svg = root?.querySelector('svg');
      state['extent'] = svg?.dataset['fitted'] === svg?.dataset['extent'] ? svg?.dataset['extent'] : `fitted ${svg?.dataset['fitted']}`;
      state['routes'] = ids('path.route', 'route');
      state['focus'] = ids('path.route[data-focus]', 'route');
      state['places'] = ids('[data-place]', 'place');
    } else if (el?.localName === 'jh-chart') {
      state['title'] = root?.querySelector('.title')?.textContent?.trim();
      const texts = [...(root?.querySelectorAll('.canvas svg text') ?? [])].map((t) => t.textContent ?? '');
      // Value labels are a number with its unit ("2380列", "目标 2500列"); axis ticks are bare numbers.
      state['labels'] = texts.filter((t) => /^(目标 )?(超|约)?\d[\d.]*[^\d.,\s—-]/.test(t)).sort();
    } else if (el?.localName === 'jh-treemap') state['tiles'] = ids('[data-tile]', 'tile');
    else if (el?.localName === 'jh-chain-flow') state['links'] = ids('[data-link]', 'link');
    else if (el?.localName === 'jh-county-grid')
      state['panels'] = [...(root?.querySelectorAll<HTMLElement>('[data-panel]') ?? [])].map(
        (p) =>
          `${p.dataset['panel']}:${[...p.querySelectorAll<SVGElement>('[data-role="highlight"]')]
            .map((c) => c.dataset['county'])
            .sort()
            .join(',')}`,
      );
    return state as unknown as GraphicState;
  }, container);
}

export async function storyData(page: Page): Promise<{ ids: string[]; data: StoryData }> {
  // The page's own rows, and the map rows it fetches (or, offline, carries inline).
  const data = await page.evaluate(async () => {
    const own = document.getElementById('jh-story-data')!;
    const inline = document.getElementById('jh-story-maps')?.textContent;
    const maps = (inline ? JSON.parse(inline) : own.dataset['maps'] ? await (await fetch(own.dataset['maps'])).json() : {}) as object;
    return { places: {}, routes: {}, ...(JSON.parse(own.textContent) as object), ...maps } as StoryData;
  });
  // Steps in story order (the views are written in that order); a page may show them twice (article and deck).
  return { ids: Object.keys(data.views), data };
}

/** Scroll so step `id` crosses the activation line, as a reader's scrolling would. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const step = document.querySelector<HTMLElement>(`[data-step="${CSS.escape(id)}"]`)!;
    const top = step.getBoundingClientRect().top + scrollY;
    scrollTo({ top: top - innerHeight * 0.35, behavior: 'instant' });
  }, id);
}

export async function waitForStep(page: Page, id: string, container = SCROLL_GRAPHIC): Promise<void> {
  await page.waitForFunction(
    ([id, container]) => document.querySelector<HTMLElement>(container)?.dataset['activeStep'] === id,
    [id, container] as const,
    { timeout: 10_000 },
  );
}
