import { describe, expect, it, vi } from 'vitest';
import { offThread } from './off-thread.ts';

type Ask = { id: number; request?: number };

/** A worker stand-in: answers each ask with `answer`, or fails to load when `broken`. */
class FakeWorker extends EventTarget {
  asks: Ask[] = [];
  terminated = false;
  constructor(
    private readonly answer: (ask: Ask) => object,
    private readonly broken = false,
  ) {
    super();
  }
  postMessage(ask: Ask) {
    this.asks.push(ask);
    queueMicrotask(() =>
      this.dispatchEvent(
        this.broken ? new Event('error', { cancelable: true }) : new MessageEvent('message', { data: { id: ask.id, ...this.answer(ask) } }),
      ),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

const double = (n: number) => n * 2;

describe('offThread', () => {
  it('returns what the worker answers, and does not load the page’s copy', async () => {
    const worker = new FakeWorker(({ request }) => ({ result: request! + 100 }));
    const onPage = vi.fn(() => Promise.resolve(double));
    const run = offThread<number, number>(() => worker as unknown as Worker, onPage);
    expect(await run(1)).toBe(101);
    expect(await run(2)).toBe(102);
    expect(worker.asks.map((a) => a.request)).toEqual([1, 2]);
    expect(onPage).not.toHaveBeenCalled();
  });

  it('rejects with the worker’s error message', async () => {
    const run = offThread<number, number>(
      () => new FakeWorker(() => ({ error: 'geometry file has no object "land"' })) as unknown as Worker,
      () => Promise.resolve(double),
    );
    await expect(run(1)).rejects.toThrow('geometry file has no object "land"');
  });

  it('runs on the page when no worker can start (another site’s page, an old browser)', async () => {
    const start = vi.fn((): Worker => {
      throw new DOMException('cross-origin worker', 'SecurityError');
    });
    const run = offThread<number, number>(start, () => Promise.resolve(double));
    expect(await run(4)).toBe(8);
    expect(await run(5)).toBe(10);
    expect(start).toHaveBeenCalledTimes(1); // not tried again for every ask
  });

  it('hands what the worker held to the page when the worker fails to load', async () => {
    const worker = new FakeWorker(() => ({}), true);
    const run = offThread<number, number>(
      () => worker as unknown as Worker,
      () => Promise.resolve(double),
    );
    expect(await Promise.all([run(1), run(2)])).toEqual([2, 4]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects a request that cannot be sent, and does not run it again on the page later', async () => {
    const worker = new FakeWorker(() => ({}), true);
    let sends = 0;
    worker.postMessage = (ask: Ask) => {
      if (sends++ === 0) throw new DOMException('could not be cloned', 'DataCloneError');
      FakeWorker.prototype.postMessage.call(worker, ask);
    };
    const onPage = vi.fn((n: number) => n * 2);
    const run = offThread<number, number>(
      () => worker as unknown as Worker,
      () => Promise.resolve(onPage),
    );
    await expect(run(1)).rejects.toThrow('could not be cloned');
    // The worker then fails to load: only what it still held goes to the page.
    expect(await run(2)).toBe(4);
    expect(onPage.mock.calls).toEqual([[2]]);
  });

  it('starts the work without a request, and retries loading the page’s copy after a failure', async () => {
    let tries = 0;
    const run = offThread<number, number>(
      () => {
        throw new Error('no workers');
      },
      () => (++tries === 1 ? Promise.reject(new Error('chunk failed to load')) : Promise.resolve(double)),
    );
    await expect(run(1)).rejects.toThrow('chunk failed to load');
    expect(await run()).toBeUndefined();
    expect(await run(3)).toBe(6);
    expect(tries).toBe(2);
  });
});
