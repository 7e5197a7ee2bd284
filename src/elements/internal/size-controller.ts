/**
 * The host's size (or that of an element inside it), kept current by a
 * ResizeObserver, plus `measured()`, which an element awaits in
 * `getUpdateComplete` so that "update complete" means drawn at its real
 * size, not at 0 × 0 before the first observation.
 *
 * Sizes come from the observer's entries, which arrive after layout: no
 * read here forces a layout while a step change is still altering the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextFrame, yieldToMain } from '../../platform/schedule.ts';

export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  private observer?: ResizeObserver;
  private observed?: Element;
  /** The re-render for an observed size, due in a task of its own. */
  private pending?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The element to measure, if not the host (e.g. a plot area inside it, once rendered). */
    private readonly target?: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const box = entry.borderBoxSize?.[0];
      this.take(box ? box.inlineSize : entry.contentRect.width, box ? box.blockSize : entry.contentRect.height, true);
    });
    this.follow();
  }

  /** The target may first exist after a render. */
  hostUpdated(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }

  private follow() {
    const el = this.target ? this.target() : this.host;
    if (!el || el === this.observed || !this.observer) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(el);
    this.observed = el;
  }

  private take(width: number, height: number, observed = false) {
    const [w, h] = [Math.round(width), Math.round(height)];
    // Hidden before it was ever shown (display:none, 0 × 0): keep the last real size, and with it
    // what is drawn. (One shown before stays laid out while hidden, and follows a new size.)
    if ((!w || !h) && this.width && this.height) return;
    if (w === this.width && h === this.height) return;
    [this.width, this.height] = [w, h];
    if (!observed) return this.host.requestUpdate();
    // Observations arrive inside a frame, after its layout: a render there makes that same frame
    // lay out and paint the new drawing too, one long task (a graphic's first appearance at a step).
    // In a task of its own, the drawing is laid out in the next frame instead.
    this.pending ??= yieldToMain()
      .then(() => {
        if (this.host.isConnected) this.host.requestUpdate();
      })
      .finally(() => (this.pending = undefined));
  }

  /** Read the size now (a layout if one is due); re-render the host if it changed. */
  measure(): void {
    const { width, height } = ((this.target && this.target()) || this.host).getBoundingClientRect();
    this.take(width, height);
  }

  /** Resolves once a visible host has been measured (at once for a hidden one). */
  async measured(): Promise<void> {
    // A timer stands in for frames where none run (an off-screen cross-origin iframe is throttled:
    // no frames, no observations), so the element still draws there.
    for (let i = 0; i < 3 && !this.width && this.host.offsetWidth; i++) {
      await nextFrame();
      this.measure();
    }
    await this.pending;
  }
}
