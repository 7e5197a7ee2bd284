/**
 * An element's first drawing in stages, a task each: say, the map, then its labels and places,
 * then its data table. Drawn in one task, a graphic's first render (Lit preparing every template,
 * the browser laying out every new node) was the longest task of a page load or a step change on
 * a phone. Each stage waits for the frame that lays out the one before: with only a yield between
 * them, two or three stages ran before the next frame, which then laid them all out at once (seen
 * in long-animation-frame entries). Once every stage is drawn, updates draw everything at once,
 * until `restart()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../../platform/schedule.ts';

export class Stages implements ReactiveController {
  /** Stages drawn so far: 0 is the first; `last` once the drawing is whole. */
  current = 0;
  private next?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The last stage (a number, or read at each update for drawings whose size varies). */
    private readonly last: number | (() => number),
    /** Whether the element has drawn its real content (data loaded, a size to draw at). */
    private readonly drawing: () => boolean,
  ) {
    host.addController(this);
  }

  /** Whether stage `n` is drawn. */
  has(n: number): boolean {
    return this.current >= n;
  }

  /** Draw in stages again from the first (new content that is a first drawing of its own). */
  restart(): void {
    this.current = 0;
  }

  hostUpdated(): void {
    const last = typeof this.last === 'number' ? this.last : this.last();
    if (this.current >= last || this.next || !this.drawing()) return;
    this.next = afterNextPaint().then(() => {
      this.next = undefined;
      this.current++;
      this.host.requestUpdate();
    });
  }

  /** For `getUpdateComplete`: waits for `update` (the element's own), again after each stage. */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let result = await update();
    while (this.next) {
      await this.next;
      result = await update();
    }
    return result;
  }
}
