/** Fetch JSON once per URL for the whole page (several graphics share geometry). */
const cache = new Map<string, Promise<unknown>>();

export function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return res.json();
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  signal?.throwIfAborted();
  return pending as Promise<T>;
}
