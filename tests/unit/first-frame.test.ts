import { describe, expect, it } from 'vitest';
import { firstFrameHoldMs, type TraceEvent } from '../../scripts/first-frame.ts';

const painted = (ms: number, frame = 'MAIN'): TraceEvent => ({
  name: 'PaintTimingVisualizer::LayoutObjectPainted',
  ts: ms * 1000,
  args: { data: { frame } },
});
const fcp = (ms: number, frame = 'MAIN'): TraceEvent => ({ name: 'firstContentfulPaint', ts: ms * 1000, args: { frame } });

describe('firstFrameHoldMs (npm run bench)', () => {
  it('measures from the first content painted in the main frame to the frame presented', () => {
    // As in a held landing-page trace: text painted at 169 ms, presented at 1235 ms.
    expect(firstFrameHoldMs([painted(169), painted(170), fcp(1235), painted(1240)])).toBe(1066);
    expect(firstFrameHoldMs([painted(180), fcp(196)])).toBe(16);
  });

  it('ignores paints in other frames and paints after the presented frame', () => {
    expect(firstFrameHoldMs([painted(100, 'AD'), painted(180), fcp(200), painted(150, 'AD')])).toBe(20);
    expect(firstFrameHoldMs([fcp(200), painted(100, 'AD'), painted(250)])).toBeUndefined();
  });

  it('is undefined for a trace without a first contentful paint', () => {
    expect(firstFrameHoldMs([painted(100)])).toBeUndefined();
    expect(firstFrameHoldMs([])).toBeUndefined();
  });
});
