/**
 * Vite plugin that turns `stories/<slug>/story.md` into pre-rendered pages at
 * `/stories/<slug>/`, fills the landing page's story list, and serves the
 * tokens as CSS. A broken story or data file stops the build with file, line
 * and reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { embedFiles } from '../../core/embed/files.ts';
import { PAGE_SELECTORS, scrollerRules } from '../../core/scroller-rules.ts';
import { tokensToCss } from '../../core/tokens.ts';
import { chartCsv } from '../model/csv.ts';
import { mapRowsUrl } from '../model/urls.ts';
import { renderChartLibrary } from '../pages/chart-library.ts';
import { renderEmbedPage } from '../pages/embed-page.ts';
import { renderNotFoundPage } from '../pages/not-found-page.ts';
import { StoryError, StoryErrors } from '../read/errors.ts';
import { loadSite, type Site } from '../site.ts';
import { buildHostScripts } from './host-scripts.ts';

const TOKENS_ID = 'virtual:jh-tokens.css';
const RESOLVED_TOKENS = '\0jh-tokens.css';

/** Explain story errors the way an editor needs them, not as a stack trace. */
function explain(e: unknown): Error {
  if (e instanceof StoryErrors || e instanceof StoryError) {
    const err = new Error(`Story or data file errors:\n${e.message}`);
    err.stack = err.message;
    return err;
  }
  return e as Error;
}

/**
 * `site` builds the web pages; `offline` builds one page per story holding
 * article and deck, for scripts/export.ts to inline into a single file.
 */
export function storiesPlugin({ mode = 'site', only }: { mode?: 'site' | 'offline'; only?: string } = {}): Plugin {
  let root = process.cwd();
  const htmlId = (slug: string) => path.join(root, 'stories', slug, 'index.html');
  const presentId = (slug: string) => path.join(root, 'present', slug, 'index.html');
  const offlineId = (slug: string) => path.join(root, 'offline', `${slug}.html`);
  const methodsId = () => path.join(root, 'methods', 'index.html');
  const embedId = (chart: string) => path.join(root, 'embed', chart, 'index.html');
  const chartIndexId = () => path.join(root, 'embed', 'index.html');
  const notFoundId = () => path.join(root, '404.html');
  /**
   * The page at `/embed/<id>/` (a published chart, or an old id showing its current chart), the
   * chart library and the 404 page, by module id; worked out once per load of the stories.
   */
  const pagesOf = new WeakMap<Site, Map<string, () => string>>();
  const embedPages = () => {
    const site = current();
    const known = pagesOf.get(site);
    if (known) return known;
    const { charts, redirects } = site;
    const pages = new Map<string, () => string>();
    pagesOf.set(site, pages);
    for (const c of charts.values()) pages.set(embedId(c.id), () => String(renderEmbedPage(c)));
    for (const [from, to] of Object.entries(redirects))
      pages.set(embedId(from), () => String(renderEmbedPage(charts.get(to)!, { canonical: to })));
    pages.set(chartIndexId(), () => String(renderChartLibrary([...charts.values()], current().stories)));
    pages.set(notFoundId(), () => String(renderNotFoundPage()));
    return pages;
  };
  const load = () => {
    try {
      return loadSite(root);
    } catch (e) {
      throw explain(e);
    }
  };
  let cache: Site | undefined;
  const current = () => (cache ??= load());

  return {
    name: 'jh-stories',
    config(config, { command }) {
      root = path.resolve(config.root ?? process.cwd());
      cache = undefined;
      // The dev server shows story errors on the page instead of refusing to start.
      if (command === 'serve') return undefined;
      const { stories } = current();
      if (mode === 'offline')
        return {
          build: {
            rollupOptions: {
              input: Object.fromEntries(stories.filter((s) => !only || s.slug === only).map((s) => [s.slug, offlineId(s.slug)])),
            },
          },
        };
      const input: Record<string, string> = { index: path.join(root, 'index.html') };
      for (const s of stories) {
        input[`stories/${s.slug}`] = htmlId(s.slug);
        input[`present/${s.slug}`] = presentId(s.slug);
      }
      input['methods'] = methodsId();
      for (const page of embedPages().keys()) input[path.relative(root, page).replace(/(\/index)?\.html$/, '')] = page;
      // The script embed's element: an entry of its own, loaded by /embed.js on other sites' pages.
      input['jh-embed'] = path.resolve(import.meta.dirname, '../../host/jh-embed/jh-embed.ts');
      return { build: { rollupOptions: { input } } };
    },
    resolveId(id) {
      if (id === TOKENS_ID) return RESOLVED_TOKENS;
      if (!id.endsWith('.html')) return undefined;
      if (embedPages().has(id)) return id;
      if (id === methodsId() || current().stories.some((s) => [htmlId(s.slug), presentId(s.slug), offlineId(s.slug)].includes(id)))
        return id;
      return undefined;
    },
    load(id) {
      // The scroller's layout in the page's stylesheet: story pages ship its shadow root in their HTML.
      if (id === RESOLVED_TOKENS) return `${tokensToCss()}\n${scrollerRules(PAGE_SELECTORS)}`;
      const { stories, render, present, methods } = current();
      if (id === methodsId()) return methods();
      const embed = embedPages().get(id);
      if (embed) return embed();
      const story = stories.find((s) => htmlId(s.slug) === id);
      if (story) return render(story);
      const deck = stories.find((s) => presentId(s.slug) === id);
      if (deck) return present(deck);
      const file = stories.find((s) => offlineId(s.slug) === id);
      return file ? current().offline(file) : undefined;
    },
    /** Each chart's rows as JSON (for <jh-embed>) and CSV (downloads); the chart list; the two embed scripts. */
    async generateBundle(_options, bundle) {
      if (mode !== 'site') return;
      const { charts, redirects, stories, mapRows } = current();
      const emit = (fileName: string, source: string) => this.emitFile({ type: 'asset', fileName, source });
      for (const s of stories) {
        const rows = mapRows(s);
        if (rows) emit(mapRowsUrl(s.slug).slice(1), rows);
      }
      for (const c of charts.values()) {
        emit(embedFiles(c.id).json.slice(1), JSON.stringify(c));
        emit(embedFiles(c.id).csv.slice(1), chartCsv(c));
      }
      for (const [from, to] of Object.entries(redirects)) emit(embedFiles(from).json.slice(1), JSON.stringify(charts.get(to)));
      const element = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry && f.name === 'jh-embed');
      if (!element) this.error('jh-embed: the script embed element was not built');
      for (const [fileName, source] of Object.entries(await buildHostScripts(`/${element.fileName}`))) emit(fileName, source);
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (path.resolve(ctx.filename) !== path.join(root, 'index.html')) return html;
        return current().home(html);
      },
    },
    /** `vite preview` answers an unknown URL with dist/404.html, as static hosts do. */
    configurePreviewServer(server) {
      return () => {
        const dist = path.resolve(root, server.config.build.outDir || 'dist');
        server.middlewares.use((req, res, next) => {
          const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          // Vite's own middlewares after this one serve the HTML pages (already rewritten to …/index.html).
          if (url.endsWith('.html') && existsSync(path.join(dist, url))) return next();
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(readFileSync(path.join(dist, '404.html')));
        });
      };
    },
    configureServer(server: ViteDevServer) {
      const reload = (file: string) => {
        if (!/\/(stories|data)\//.test(file)) return;
        cache = undefined;
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add([path.join(root, 'stories'), path.join(root, 'data')]);
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      // A page the dev server renders from the stories (Connect does not await a middleware: errors go to next).
      const serve = async (req: Connect.IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
        const e = /^\/embed\/((?:[a-z0-9-]+\/[a-z0-9-]+)?)\/?(index\.html)?(\?.*)?$/.exec(req.url ?? '');
        const embed = e && embedPages().get(e[1] ? embedId(e[1]) : chartIndexId());
        if (embed) {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(await server.transformIndexHtml(req.url!, embed()));
          return;
        }
        const m = /^\/(?:(stories|present)\/([a-z0-9-]+)|(methods))\/(index\.html|maps\.json)?(\?.*)?$/.exec(req.url ?? '');
        if (!m) return next();
        try {
          const { stories, render, present, methods, mapRows } = current();
          const story = stories.find((s) => s.slug === m[2]);
          if (m[4] === 'maps.json') {
            const rows = story && m[1] === 'stories' ? mapRows(story) : undefined;
            if (!rows) return next();
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(rows);
            return;
          }
          const page = m[3] ? methods() : story ? (m[1] === 'present' ? present(story) : render(story)) : undefined;
          if (!page) return next();
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(await server.transformIndexHtml(req.url!, page));
        } catch (e) {
          cache = undefined;
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(explain(e).message);
        }
      };
      server.middlewares.use((req, res, next) => void serve(req, res, next).catch(next));
    },
  };
}
