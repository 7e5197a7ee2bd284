/**
 * The theme a host page says it is in, if it says: `data-theme`, a `dark` /
 * `light` class on <html> or <body>, or a single-valued `color-scheme` meta.
 * Null when it says nothing, so `theme=auto` falls back to the reader's system.
 */
export function hostTheme(doc: Document): 'light' | 'dark' | null {
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const data = (el.dataset['theme'] ?? el.dataset['colorScheme'] ?? el.dataset['bsTheme'] ?? '').toLowerCase();
    if (data === 'dark' || data === 'light') return data;
    if (el.classList.contains('dark') || el.classList.contains('dark-mode') || el.classList.contains('theme-dark')) return 'dark';
    if (el.classList.contains('light') || el.classList.contains('light-mode') || el.classList.contains('theme-light')) return 'light';
  }
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content.trim().toLowerCase();
  return meta === 'dark' || meta === 'light' ? meta : null;
}

/** Call `fn` whenever the host page may have changed its theme. Returns a function that stops watching. */
export function watchHostTheme(doc: Document, fn: () => void): () => void {
  const observer = new MutationObserver(fn);
  const opts = { attributes: true, attributeFilter: ['class', 'data-theme', 'data-color-scheme', 'data-bs-theme'] };
  observer.observe(doc.documentElement, opts);
  if (doc.body) observer.observe(doc.body, opts);
  return () => observer.disconnect();
}
