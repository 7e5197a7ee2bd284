/**
 * The host's size, kept current by a ResizeObserver, plus `measured()`,
 * which an element awaits in `getUpdateComplete` so that "update complete"
 * means drawn at its real size, not at 0 × 0 before the first observation.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export class SizeController implements ReactiveController {
  width = 0;
  height = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The element to measure, if not the host (e.g. a plot area inside it). */
    private readonly target?: () => Element | null | undefined,
  ) {
    host.addController(this);
    new ResizeController(host, { callback: () => this.measure() });
  }

  hostConnected(): void {}

  /** Read the size now; re-render the host if it changed. */
  measure(): void {
    const { width, height } = (this.target?.() ?? this.host).getBoundingClientRect();
    const [w, h] = [Math.round(width), Math.round(height)];
    if (w === this.width && h === this.height) return;
    [this.width, this.height] = [w, h];
    this.host.requestUpdate();
  }

  /** Resolves once a visible host has been measured (at once for a hidden one). */
  async measured(): Promise<void> {
    for (let i = 0; i < 3 && !this.width && this.host.offsetWidth; i++) {
      await frame();
      this.measure();
    }
  }
}
