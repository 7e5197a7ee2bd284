import { LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import scrollama from 'scrollama';
import { scrollerStyles } from './jh-scroller.styles.ts';
import { BESIDE, LAID_OUT, SCROLLER_SHADOW } from '../../core/scroller-rules.ts';
import { afterFrame } from '../../platform/schedule.ts';

/** How long the steps must rest before the URL names the current one. */
const URL_DELAY_MS = 200;

export interface StepChangeDetail {
  index: number;
  id: string;
  /** `down` or `up` while scrolling; `load` for the step shown when the page opens. */
  direction: 'down' | 'up' | 'load';
}

/**
 * @summary Scrollytelling: a sticky graphic beside (desktop) or behind (phone) a column of steps.
 *
 * Steps are light-DOM children carrying `data-step="<id>"` (and `id`, for links).
 * The scroller owns observation (scrollama, one IntersectionObserver), marks the
 * active step with `aria-current="step"`, keeps it in the URL hash and fires
 * `jh-step-change`; what the graphic shows for a step is someone else's job.
 * A reader on the keyboard drives it too: tabbing into a step brings it to where a scrolling
 * reader meets it and shows its graphic.
 *
 * Story pages ship its shadow root in their HTML (declarative shadow DOM) and its layout in
 * their stylesheet (scroller-rules.ts), so the page is laid out once, before any script.
 *
 * @slot - the steps
 * @slot graphic - the graphic that stays in view
 * @fires jh-step-change - the active step changed; detail: StepChangeDetail
 * @cssproperty --jh-scroller-graphic-top - space above the sticky graphic (e.g. a header)
 */
@customElement('jh-scroller')
export class JhScroller extends LitElement {
  static override styles = scrollerStyles;

  /** `scroll` (sticky graphic) or `flat` (no sticky graphic, for frames and print). */
  @property({ reflect: true }) layout: 'scroll' | 'flat' = 'scroll';
  /** Beside the graphic: where in the viewport a step becomes active, 0 (top) – 1 (bottom). */
  @property({ type: Number }) offset = 0.6;
  /** Below the stage (a phone held upright): how far into the band of text a step becomes active. */
  @property({ type: Number, attribute: 'text-offset' }) textOffset = 0.35;

  /** The active step's index, -1 before any. */
  index = -1;
  private scroller?: scrollama.ScrollamaInstance;
  private urlTimer = 0;
  private enterTimer = 0;
  /** The viewport's width and height when the layout was last worked out. */
  private viewport = { width: 0, height: 0 };

  get steps(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > [data-step]')];
  }

  /**
   * A story page ships the shadow root in its HTML (declarative shadow DOM), styled by the page's
   * stylesheet, so upgrading changes nothing on screen; a scroller made by script gets it here.
   */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot && !root.querySelector('slot')) root.innerHTML = SCROLLER_SHADOW;
    return root;
  }

  /** The shadow root never changes: nothing to render. */
  override render() {
    return nothing;
  }

  /** Index of the step the URL names, or -1. */
  private stepInUrl(): number {
    // Step ids are latin kebab-case, so the hash needs no decoding (and a malformed one cannot throw).
    return this.steps.findIndex((s) => `#${s.dataset['step']}` === location.hash);
  }

  /** A link to a step within the page (or an edited URL) lands on it like a fresh load would. */
  private readonly onHashChange = () => {
    // The reader went somewhere (a step, the skip link, a source): a pending write must not undo it.
    clearTimeout(this.urlTimer);
    const index = this.stepInUrl();
    if (index < 0) return;
    this.reveal(this.steps[index]!);
    this.activate(index, 'load');
  };

  /**
   * Keyboard focus drives the steps too. The browser scrolls a focused element only until it is
   * visible, which can leave a step below the line where steps change (an earlier step's graphic
   * beside it), or scroll the graphic's own controls (its data table) into view far enough to change
   * the step and hide the very graphic just focused. So: focus in a step makes it the active one, in
   * its place; focus in the graphic puts the active step back in its place. A click (no focus ring)
   * never moves the page.
   */
  private readonly onFocusIn = (e: FocusEvent) => {
    const focused = e.composedPath()[0];
    if (this.layout === 'flat' || !(focused instanceof Element) || !focused.matches(':focus-visible')) return;
    const within = e.target as Element;
    const inGraphic = !!within.closest('[slot="graphic"]');
    this.toggleAttribute('data-graphic-focus', inGraphic);
    const step = within.closest<HTMLElement>('[data-step]');
    const index = step ? this.steps.indexOf(step) : -1;
    if (index >= 0) {
      // Even the active step: the browser's own scroll to the focused element may have moved it off.
      this.reveal(step!);
      this.activate(index, index > this.index ? 'down' : 'up');
    } else if (inGraphic && this.steps[this.index]) {
      this.reveal(this.steps[this.index]!);
    }
  };

  private readonly onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget;
    if (!(next instanceof Element) || !next.closest('[slot="graphic"]')) this.removeAttribute('data-graphic-focus');
  };

  override connectedCallback() {
    super.connectedCallback();
    this.takeViewport();
    addEventListener('resize', this.onResize);
    addEventListener('hashchange', this.onHashChange);
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
    // Moved in the page: observe again (the first connection observes in firstUpdated).
    if (this.hasUpdated) this.observe();
  }

  override firstUpdated() {
    void this.land();
  }

  /** Show the step the URL names (or the first), then start observing the steps. */
  private async land() {
    const steps = this.steps;
    if (!steps.length) return;
    const fromHash = this.stepInUrl();
    // The URL names the step; a reload must land on it, not on the browser's remembered scroll position.
    history.scrollRestoration = 'manual';
    this.activate(Math.max(0, fromHash), 'load');
    if (fromHash >= 0) {
      // The browser's own jump to the fragment happens at load; land on the step after it.
      if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
      this.reveal(steps[fromHash]!);
    }
    // Observe only after the landing scroll, so a deep link is not overridden by the steps it scrolled
    // past; and after a frame, when scrollama's reads of the steps' offsets find the layout done.
    void afterFrame().then(() => this.observe());
  }

  /**
   * The screen's height, in px, as the layout's `--jh-scroller-viewport` (scroller-rules.ts). On a
   * touch screen it is taken again only when the width changes: a phone's address bar shows and hides
   * as the reader scrolls, firing resize with a new height, and following it would resize the stage
   * and redraw the graphic under the reader's thumb. A mouse's window follows every resize.
   */
  private takeViewport() {
    this.viewport = { width: innerWidth, height: innerHeight };
    this.style.setProperty('--jh-scroller-viewport', `${innerHeight}px`);
  }

  private readonly onResize = () => {
    const touch = matchMedia('(pointer: coarse)').matches;
    if (touch && innerWidth === this.viewport.width) return;
    if (innerWidth === this.viewport.width && innerHeight === this.viewport.height) return;
    this.takeViewport();
    if (this.scroller) void afterFrame().then(() => this.observe());
  };

  /** Whether the steps run beside the graphic (a wide or landscape screen) rather than below it. */
  private get beside(): boolean {
    return this.layout !== 'flat' && matchMedia(BESIDE).matches;
  }

  /** The bottom of the stage, px from the top of the screen, while the graphic is pinned. */
  private stageBottom(): number {
    const stage = this.renderRoot.querySelector<HTMLElement>('[part="graphic"]');
    const top = parseFloat(getComputedStyle(this).getPropertyValue('--jh-scroller-graphic-top')) || 0;
    return top + (stage?.getBoundingClientRect().height ?? 0);
  }

  /** Where a step's top makes it the current one, px from the top of the screen. */
  triggerLine(): number {
    const height = this.viewport.height || innerHeight;
    if (this.beside) return Math.round(height * this.offset);
    const stage = this.stageBottom();
    return Math.round(stage + (height - stage) * this.textOffset);
  }

  private observe() {
    if (!this.isConnected || !this.steps.length) return;
    this.scroller?.destroy();
    this.scroller = scrollama()
      // scrollama takes '<n>px' as well as a fraction (its parseOffset); its types list only fractions.
      .setup({ step: this.steps, offset: `${this.triggerLine()}px` as unknown as scrollama.DecimalType })
      .onStepEnter(({ index, direction }) => {
        // Step changes happen in a task of their own. Scrollama's other observers answer in the same
        // task as this one and read the scroll position, which made the browser lay out, there and
        // then, everything the step change had just invalidated: one 60-90 ms task at 4x CPU on a
        // phone, instead of a short task and the frame's own layout. Only the last step entered wins.
        clearTimeout(this.enterTimer);
        this.enterTimer = window.setTimeout(() => this.activate(index, direction), 0);
      });
  }

  /** Scroll a step's card to where the reader meets it: centred beside the graphic, or just below the stage. */
  private reveal(step: HTMLElement) {
    // The step and its neighbours laid out first: one not yet laid out (content-visibility: auto)
    // has only its estimated height, and a scroll worked out from that lands on a neighbour once
    // the browser lays them out.
    const steps = this.steps;
    const at = steps.indexOf(step);
    for (const s of steps.slice(Math.max(0, at - 1), at + 2)) s.classList.add(LAID_OUT);
    const card = step.firstElementChild ?? step;
    const { top, height } = card.getBoundingClientRect();
    const y = this.beside ? (innerHeight - height) / 2 : this.stageBottom() + 12;
    scrollTo({ top: scrollY + top - Math.max(8, y), behavior: 'instant' });
  }

  /** Make step `index` active: mark it, put it in the URL, tell listeners. */
  activate(index: number, direction: StepChangeDetail['direction']) {
    // A step made active now (focus, a link) overrides one scrolled into a moment ago.
    clearTimeout(this.enterTimer);
    const steps = this.steps;
    const step = steps[index];
    if (!step || index === this.index) return;
    this.index = index;
    for (const s of steps) s.toggleAttribute('aria-current', s === step);
    step.setAttribute('aria-current', 'step');
    const id = step.dataset['step']!;
    // The URL names the step once the steps settle: replacing the history entry took 5-20 ms of
    // the step change's own task on a phone, and a quick scroll past five steps needs it only once.
    // A step landed on from the URL (load, a link) is already in it; a pending write must not undo that.
    clearTimeout(this.urlTimer);
    if (direction !== 'load') this.urlTimer = window.setTimeout(() => history.replaceState(history.state, '', `#${id}`), URL_DELAY_MS);
    this.dispatchEvent(
      new CustomEvent<StepChangeDetail>('jh-step-change', { detail: { index, id, direction }, bubbles: true, composed: true }),
    );
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
    removeEventListener('resize', this.onResize);
    this.removeEventListener('focusin', this.onFocusIn);
    this.removeEventListener('focusout', this.onFocusOut);
    clearTimeout(this.urlTimer);
    clearTimeout(this.enterTimer);
    this.scroller?.destroy();
    this.scroller = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'jh-scroller': JhScroller;
  }
  interface HTMLElementEventMap {
    'jh-step-change': CustomEvent<StepChangeDetail>;
  }
}
