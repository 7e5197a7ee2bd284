/**
 * Vite plugin that turns `stories/<slug>/story.md` into pre-rendered pages at
 * `/stories/<slug>/`, fills the landing page's story list, and serves the
 * tokens as CSS. A broken story or data file stops the build with file, line
 * and reason.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { loadCatalog } from '../data/load.ts';
import { tokensToCss } from '../styles/tokens.ts';
import { StoryError, StoryErrors } from './errors.ts';
import { parseStory } from './parse.ts';
import { factsShown, figuresShown, renderStoryPage } from './render.ts';
import { renderMethodsPage, storyCards } from './site.ts';
import { renderExportPage, renderPresentPage } from './present-page.ts';
import type { Story } from './schema.ts';

const TOKENS_ID = 'virtual:jh-tokens.css';
const RESOLVED_TOKENS = '\0jh-tokens.css';

/** Read and parse every story; throws one error listing every problem in every file. */
export interface Site {
  stories: Story[];
  render: (s: Story) => string;
  present: (s: Story) => string;
  offline: (s: Story) => string;
  methods: () => string;
}

export function loadStories(root: string): Site {
  const catalog = loadCatalog(path.join(root, 'data'));
  const dir = path.join(root, 'stories');
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'story.md')))
    .filter((d) => {
      if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(d.name)) return true;
      throw new StoryError(path.join('stories', d.name, 'story.md'), 1, 'a story folder name is its URL: latin kebab-case, e.g. "port"');
    })
    .map((d) => d.name)
    .sort();
  const stories: Story[] = [];
  const errors: StoryError[] = [];
  const texts = new Map<string, string>();
  for (const slug of slugs) {
    const file = path.join('stories', slug, 'story.md');
    try {
      const text = readFileSync(path.join(root, file), 'utf8');
      texts.set(file, text);
      stories.push(parseStory(text, file, slug, catalog));
    } catch (e) {
      if (e instanceof StoryErrors) errors.push(...e.errors);
      else if (e instanceof StoryError) errors.push(e);
      else throw e;
    }
  }
  // The sources list at the end of a story must name every document its figures and facts cite.
  for (const story of stories) {
    const listed = new Set(story.meta.sources);
    const cited = [...figuresShown(story, catalog), ...factsShown(story, catalog)].filter((r) => !listed.has(r.source));
    const line = (texts.get(story.file) ?? '').split('\n').findIndex((l) => l.startsWith('sources:')) + 1;
    for (const r of cited.slice(0, 3))
      errors.push(new StoryError(story.file, line, `"${r.id}" cites document ${r.source}, which is missing from sources`));
  }
  if (errors.length) throw new StoryErrors(errors);
  return {
    stories,
    render: (s) => renderStoryPage(s, catalog),
    present: (s) => renderPresentPage(s, catalog),
    offline: (s) => renderExportPage(s, catalog),
    methods: () => renderMethodsPage(stories, catalog),
  };
}

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
  const load = () => {
    try {
      return loadStories(root);
    } catch (e) {
      throw explain(e);
    }
  };
  let cache: ReturnType<typeof loadStories> | undefined;
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
      return { build: { rollupOptions: { input } } };
    },
    resolveId(id) {
      if (id === TOKENS_ID) return RESOLVED_TOKENS;
      if (!id.endsWith('.html')) return undefined;
      if (id === methodsId() || current().stories.some((s) => [htmlId(s.slug), presentId(s.slug), offlineId(s.slug)].includes(id))) return id;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_TOKENS) return tokensToCss();
      const { stories, render, present, methods } = current();
      if (id === methodsId()) return methods();
      const story = stories.find((s) => htmlId(s.slug) === id);
      if (story) return render(story);
      const deck = stories.find((s) => presentId(s.slug) === id);
      if (deck) return present(deck);
      const file = stories.find((s) => offlineId(s.slug) === id);
      return file ? current().offline(file) : undefined;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (path.resolve(ctx.filename) !== path.join(root, 'index.html')) return html;
        return html.replace('<!--stories-->', storyCards(current().stories));
      },
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
      server.middlewares.use(async (req, res, next) => {
        const m = /^\/(?:(stories|present)\/([a-z0-9-]+)|(methods))\/(index\.html)?(\?.*)?$/.exec(req.url ?? '');
        if (!m) return next();
        try {
          const { stories, render, present, methods } = current();
          const story = stories.find((s) => s.slug === m[2]);
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
      });
    },
  };
}
