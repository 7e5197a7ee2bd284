/**
 * Work done in a module worker, off the main thread, so that it never blocks a scroll or a tap;
 * the page receives plain data and builds it in one short task.
 *
 * Where a worker cannot start (a script embed on another site's page, a CSP without workers, an
 * old browser) or fails to load, the same code runs on the page instead: slower, same result.
 *
 * The page side is `offThread`, the worker side `serve`. Vite finds a worker only where
 * `new Worker(new URL(…, import.meta.url))` is written out, so the caller passes that as `start`.
 */

/** What the worker (or the page, in its place) does with one request. */
export type Handler<Req, Res> = (request: Req) => Res | Promise<Res>;

/** An ask without a request only starts the worker (or loads the page's copy of the code). */
interface Ask<Req> {
  id: number;
  request?: Req;
}

type Reply<Res> = { id: number; result?: Res; error?: string };

interface Pending<Req, Res> {
  ask: Ask<Req>;
  resolve: (result: Res | undefined) => void;
  reject: (e: Error) => void;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

export function offThread<Req, Res>(
  start: () => Worker,
  onPage: () => Promise<Handler<Req, Res>>,
): (request?: Req) => Promise<Res | undefined> {
  let worker: Worker | null | undefined; // undefined: not tried yet; null: unavailable
  let nextId = 1;
  const pending = new Map<number, Pending<Req, Res>>();

  let handler: Promise<Handler<Req, Res>> | undefined;
  const loadOnPage = () =>
    (handler ??= onPage().catch((e: unknown) => {
      handler = undefined; // let a later attempt retry
      throw e;
    }));

  async function runOnPage({ ask, resolve, reject }: Pending<Req, Res>) {
    try {
      const run = await loadOnPage();
      resolve(ask.request === undefined ? undefined : await run(ask.request));
    } catch (e) {
      reject(asError(e));
    }
  }

  /** The worker failed to start or to load: everything it held is done on the page. */
  function giveUp() {
    worker?.terminate();
    worker = null;
    const held = [...pending.values()];
    pending.clear();
    for (const p of held) void runOnPage(p);
  }

  function startWorker(): Worker | null {
    if (worker !== undefined) return worker;
    try {
      worker = start();
    } catch {
      return (worker = null); // e.g. a script embed: the worker's origin is not the page's
    }
    worker.addEventListener('message', ({ data }: MessageEvent<Reply<Res>>) => {
      const p = pending.get(data.id);
      if (!p) return;
      pending.delete(data.id);
      if (data.error !== undefined) p.reject(new Error(data.error));
      else p.resolve(data.result);
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      giveUp();
    });
    worker.addEventListener('messageerror', giveUp);
    return worker;
  }

  return (request?: Req) =>
    new Promise((resolve, reject) => {
      const p: Pending<Req, Res> = { ask: { id: nextId++, ...(request === undefined ? {} : { request }) }, resolve, reject };
      const w = startWorker();
      if (!w) return void runOnPage(p);
      pending.set(p.ask.id, p);
      try {
        w.postMessage(p.ask);
      } catch (e) {
        pending.delete(p.ask.id); // a request that cannot be cloned: nothing for the worker to answer
        reject(asError(e));
      }
    });
}

/** The worker's side: answer each ask with the handler's result, or with its error's message. */
export function serve<Req, Res>(handler: Handler<Req, Res>): void {
  const answer = async ({ id, request }: Ask<Req>) => {
    try {
      const result = request === undefined ? undefined : await handler(request);
      self.postMessage({ id, result } satisfies Reply<Res>);
    } catch (e) {
      self.postMessage({ id, error: asError(e).message } satisfies Reply<Res>);
    }
  };
  self.addEventListener('message', (event: MessageEvent<Ask<Req>>) => void answer(event.data));
}
