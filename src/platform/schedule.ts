/**
 * Scheduling for the main thread.
 *
 * Long computations in slices: map over items, giving the main thread back
 * whenever a slice has run for `budget` ms, so no task grows long enough to
 * delay a tap or a scroll (the 50 ms of a long task).
 */
/** Give the main thread back: input and rendering can run before the rest of the work. */
export const yieldToMain = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

export async function mapSliced<T, U>(items: readonly T[], fn: (item: T) => U, budget = 8, signal?: AbortSignal): Promise<U[]> {
  const out: U[] = [];
  let start = performance.now();
  for (const item of items) {
    out.push(fn(item));
    if (performance.now() - start > budget) {
      await yieldToMain();
      signal?.throwIfAborted();
      start = performance.now();
    }
  }
  return out;
}

/**
 * The next frame, when its layout is due anyway: sizes read then cost no
 * extra layout. Falls back to a timer where frames do not run (a hidden tab).
 */
export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => (clearTimeout(timer), resolve()));
  });

/** Just after the next frame is drawn: its layout is done, so reading sizes then forces none. */
export const afterFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * After the next frame has laid out and painted what is on the page now, or after 100 ms where
 * frames do not run (a background tab). Work in pieces that waits for this puts each piece's
 * layout in a frame of its own; a piece that only yields may run before the frame, which then
 * lays out several pieces at once.
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });

/** When the main thread is idle (at the latest after `timeout` ms); a timer where idle callbacks do not exist. */
export const whenIdle = (timeout = 3000): Promise<void> =>
  new Promise((resolve) =>
    'requestIdleCallback' in globalThis ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve, Math.min(500, timeout)),
  );
