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
/** Set by the element while keyboard focus is inside the graphic. */
export const GRAPHIC_FOCUS = '[data-graphic-focus]';

export const scrollerRules = (s: ScrollerSelectors): string => `
  ${s.host()} {
    display: block;
    position: relative;
    --jh-scroller-graphic-top: 0px;
  }
  ${s.graphic()} {
    position: sticky;
    inset-block-start: var(--jh-scroller-graphic-top);
    block-size: calc(100svh - var(--jh-scroller-graphic-top));
    z-index: 0;
  }
  ${s.steps()} {
    position: relative;
    z-index: 1;
    margin-block-start: calc(-100svh + var(--jh-scroller-graphic-top));
    pointer-events: none;
  }
  /* On a phone the cards pass over the graphic: a control focused in the graphic (its data table) comes up over them. */
  ${s.graphic(GRAPHIC_FOCUS)} {
    z-index: 2;
  }
  /* Only the cards take taps: the space between them belongs to the graphic underneath. */
  ${s.step()} {
    pointer-events: none;
  }
  @media (min-width: 900px) {
    ${s.host()} {
      display: grid;
      grid-template-columns: minmax(300px, 36%) 1fr;
      column-gap: 2.5rem;
    }
    ${s.graphic()} {
      grid-column: 2;
      grid-row: 1;
    }
    ${s.steps()} {
      grid-column: 1;
      grid-row: 1;
      margin-block-start: 0;
    }
  }
  ${s.host(FLAT)} {
    display: block;
  }
  ${s.graphic(FLAT)} {
    position: static;
    block-size: auto;
  }
  ${s.steps(FLAT)} {
    margin-block-start: 0;
    pointer-events: auto;
  }
  /* Flat steps hold their own graphics, which take taps. */
  ${s.step(FLAT)} {
    pointer-events: auto;
  }
`;
