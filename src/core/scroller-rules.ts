/**
 * The scroller's layout rules, written once for two places:
 * - inside its shadow root (`:host`, `.graphic`, `::slotted(…)`), for a scroller made by script;
 * - in the page's stylesheet (`jh-scroller`, `::part(…)`, `jh-scroller > …`), for the scroller a
 *   story page ships with its shadow root already in the HTML (declarative shadow DOM). There the
 *   first layout is already the final one: upgrading the element re-lays out nothing, where
 *   attaching a shadow root would lay the whole story out a second time.
 * No imports: the build (Node) reads it too.
 */
/** Selectors for the host, the two wrappers and the steps; `attr` narrows the host, e.g. `[layout='flat']`. */
export interface ScrollerSelectors {
  host: (attr?: string) => string;
  graphic: (attr?: string) => string;
  steps: (attr?: string) => string;
  step: (attr?: string) => string;
}

const inHost = (attr: string | undefined, inner: string) => (attr ? `:host(${attr}) ${inner}` : inner);

export const SHADOW_SELECTORS: ScrollerSelectors = {
  host: (attr) => (attr ? `:host(${attr})` : ':host'),
  graphic: (attr) => inHost(attr, '.graphic'),
  steps: (attr) => inHost(attr, '.steps'),
  step: (attr) => inHost(attr, '::slotted([data-step])'),
};

export const PAGE_SELECTORS: ScrollerSelectors = {
  host: (attr = '') => `jh-scroller${attr}`,
  graphic: (attr = '') => `jh-scroller${attr}::part(graphic)`,
  steps: (attr = '') => `jh-scroller${attr}::part(steps)`,
  step: (attr = '') => `jh-scroller${attr} > [data-step]`,
};

/** The shadow root's content: the same in the built HTML and when the element renders it. */
export const SCROLLER_SHADOW =
  '<div class="graphic" part="graphic"><slot name="graphic"></slot></div><div class="steps" part="steps"><slot></slot></div>';

const FLAT = "[layout='flat']";

/**
 * The class that keeps a step laid out (`content-visibility: visible`, global.css): set on steps
 * laid out ahead of the reader (client/lay-out-ahead.ts), and by the scroller on a step it brings
 * into view and its neighbours, whose real heights it must know to land on the step.
 */
export const LAID_OUT = 'is-laid-out';
/** Set by the element while keyboard focus is inside the graphic. */
export const GRAPHIC_FOCUS = '[data-graphic-focus]';

/**
 * The layouts, by the screen's shape:
 * - portrait below 900 px (a phone held upright): the graphic holds the upper part of the screen
 *   (the stage) and the steps' text scrolls below it, going under it as it leaves, so text never
 *   covers the graphic and the reader sees both at once;
 * - 900 px and wider, or any landscape screen (a desktop, a phone on its side): the steps in a column
 *   beside the graphic, which holds the whole height.
 * `--jh-scroller-viewport` is the screen's height: 100svh until the element sets it in px, and it
 * changes it only when the width changes, so the address bar showing and hiding while a phone
 * scrolls never resizes the stage and redraws the graphic.
 */
export const STACKED = '(max-width: 899px) and (orientation: portrait)';
export const BESIDE = '(min-width: 900px), (orientation: landscape)';

export const scrollerRules = (s: ScrollerSelectors): string => `
  ${s.host()} {
    display: block;
    position: relative;
    --jh-scroller-graphic-top: 0px;
    /* The stage: most of a phone's height, but never much taller than wide (a chart's or a map's shape). */
    --jh-stage-block: min(calc(var(--jh-scroller-viewport, 100svh) * 0.56), 118vw);
  }
  ${s.graphic()} {
    position: sticky;
    inset-block-start: var(--jh-scroller-graphic-top);
    block-size: var(--jh-stage-block);
    z-index: 2;
    /* The text that scrolls on goes under the stage, out of sight. */
    background: var(--jh-color-bg, Canvas);
    box-shadow: 0 1px 0 var(--jh-color-rule, #d6d2c8);
  }
  ${s.steps()} {
    position: relative;
    z-index: 1;
    pointer-events: none;
  }
  /* A control focused in the graphic (its data table) comes up over everything. */
  ${s.graphic(GRAPHIC_FOCUS)} {
    z-index: 3;
  }
  /* Only the cards take taps: the space between them belongs to the page. */
  ${s.step()} {
    pointer-events: none;
  }
  @media ${BESIDE} {
    ${s.host()} {
      display: grid;
      grid-template-columns: minmax(300px, 36%) 1fr;
      column-gap: 2.5rem;
    }
    ${s.graphic()} {
      grid-column: 2;
      grid-row: 1;
      block-size: calc(var(--jh-scroller-viewport, 100svh) - var(--jh-scroller-graphic-top));
      z-index: 0;
      background: none;
      box-shadow: none;
    }
    ${s.steps()} {
      grid-column: 1;
      grid-row: 1;
    }
  }
  /* A phone on its side: a narrower column of text, most of the width for the graphic. */
  @media (max-width: 899px) and (orientation: landscape) {
    ${s.host()} {
      grid-template-columns: minmax(15rem, 40%) 1fr;
      column-gap: 1rem;
    }
  }
  ${s.host(FLAT)} {
    display: block;
  }
  ${s.graphic(FLAT)} {
    position: static;
    block-size: auto;
    background: none;
    box-shadow: none;
  }
  ${s.steps(FLAT)} {
    pointer-events: auto;
  }
  /* Flat steps hold their own graphics, which take taps. */
  ${s.step(FLAT)} {
    pointer-events: auto;
  }
`;
