/**
 * Headless Chromium on these machines sometimes holds a page's first frame for about a second:
 * the renderer has laid out and painted the text, then nothing runs on the page's thread until
 * the frame is presented (seen in traces of the landing page, whose scripts do nothing). Lighthouse
 * takes the presented time as the observed paint, and its simulation (Lantern) counts every
 * request that finished before that paint towards FCP and LCP. So a held run reports a later LCP
 * for the same page, and its Speed Index follows the held paint.
 */

export interface TraceEvent {
  name: string;
  ts: number;
  args?: { frame?: string; data?: { frame?: string } };
}

/** A first frame presented this long after its text was painted was held, not slow. */
export const HELD_MS = 500;

/**
 * Milliseconds from the renderer painting the page's first content to that frame being
 * presented (the trace's firstContentfulPaint). Undefined when the trace lacks either. Pure.
 */
export function firstFrameHoldMs(events: readonly TraceEvent[]): number | undefined {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const frame = fcp?.args?.frame;
  if (!fcp || !frame) return undefined;
  let painted = Infinity;
  for (const e of events)
    if (e.name === 'PaintTimingVisualizer::LayoutObjectPainted' && e.args?.data?.frame === frame && e.ts <= fcp.ts)
      painted = Math.min(painted, e.ts);
  return painted === Infinity ? undefined : (fcp.ts - painted) / 1000;
}
