/**
 * Vite plugin: a story page names its first graphic's code in its <head>
 * (`<link rel="modulepreload">` for the element's chunk and all it imports).
 * The code then downloads alongside the page's own script instead of after
 * it, and Vite's preload helper finds the links already there: adding them
 * from script, as it otherwise does, was a long task on a phone.
 *
 * Every page also asks for its stylesheets first (`stylesheetsFirst`).
 */
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { GEO_FILES } from '../../core/geo/assets.ts';
import { kindOfTag, specOf } from '../../core/graphics.ts';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The element drawn first: the graphic container's first child not hidden (a story's, or an embed page's one). */
export const firstGraphicTag = (html: string): string | undefined =>
  /<div (?:slot="graphic"|class="embed__graphic\b)[^>]*>\s*<(jh-[a-z-]+)(?![^>]*hidden)/.exec(html)?.[1];

/** A chunk's file and those of everything it imports statically, in load order. */
export function chunkClosure(bundle: OutputBundle, chunk: OutputChunk, seen = new Set<string>()): string[] {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  const deps = chunk.imports.flatMap((file) => {
    const dep = bundle[file];
    return dep?.type === 'chunk' ? chunkClosure(bundle, dep, seen) : [];
  });
  return [...deps, chunk.fileName];
}

/**
 * The geometry a graphic fetches from the page (not from a worker) before it can draw, by its
 * element's tag (each kind's `geometry`, src/core/graphics.ts): asked for with the page's scripts,
 * it no longer waits for them to run (one round trip fewer before the first map; measured in
 * Lighthouse on the chain story: see the commit).
 */
export function firstGeometry(tag: string): string[] {
  const kind = kindOfTag(tag);
  const geometry = kind ? specOf(kind).geometry : undefined;
  return geometry?.fetchedBy === 'page' ? geometry.files.map((name) => GEO_FILES[name]) : [];
}

/** The built file of a source asset (its fingerprinted name), if the bundle has it. */
export function assetFile(bundle: OutputBundle, source: string): string | undefined {
  return Object.values(bundle).find(
    (a) => a.type === 'asset' && (a.originalFileNames ?? []).some((n) => n === source || n.endsWith(`/${source}`)),
  )?.fileName;
}

export function firstGraphicPreload(): Plugin {
  return {
    name: 'jh-first-graphic-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx): HtmlTagDescriptor[] | undefined {
        const tag = firstGraphicTag(html);
        if (!tag || !ctx.bundle) return undefined;
        const module = `/src/elements/${tag}/${tag}.ts`;
        const chunk = Object.values(ctx.bundle).find((c): c is OutputChunk => c.type === 'chunk' && !!c.facadeModuleId?.endsWith(module));
        if (!chunk) return undefined;
        // All of them, the page's own scripts too: the helper looks for links, not scripts, and a
        // module the page has already asked for is not fetched again.
        const modules: HtmlTagDescriptor[] = chunkClosure(ctx.bundle, chunk).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head',
        }));
        const geometry = firstGeometry(tag).map((source) => {
          const file = assetFile(ctx.bundle!, source);
          if (!file) throw new Error(`${ctx.filename}: <${tag}> draws ${source}, which the build did not emit`);
          // `crossorigin` as fetch() asks (mode cors, same-origin credentials), or the page fetches it twice.
          return {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', href: `/${file}`, crossorigin: true },
            injectTo: 'head',
          } satisfies HtmlTagDescriptor;
        });
        return [...geometry, ...modules];
      },
    },
  };
}

const STYLESHEET = /[ \t]*<link rel="stylesheet"[^>]*>\n?/g;

/**
 * The page's stylesheets moved to the top of its <head>, before its scripts and preloads. Vite
 * writes them after the module scripts, so the preload scanner asked for five scripts and a data
 * file before the two small files that hold the first paint; on a slow network they then shared
 * the bandwidth (measured in Lighthouse: the story's first paint about 90 ms sooner).
 */
export function stylesheetsFirst(html: string): string {
  const sheets = html.match(STYLESHEET);
  if (!sheets) return html;
  const rest = html.replace(STYLESHEET, '');
  const anchor = /<meta name="viewport"[^>]*>\n?/.exec(rest) ?? /<meta charset[^>]*>\n?/.exec(rest);
  if (!anchor) return html;
  const at = anchor.index + anchor[0].length;
  const block = sheets.map((s) => `${s.trim()}\n`).join('');
  return `${rest.slice(0, at)}${anchor[0].endsWith('\n') ? '' : '\n'}${block}${rest.slice(at)}`;
}

export function stylesheetsFirstPlugin(): Plugin {
  return {
    name: 'jh-stylesheets-first',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => stylesheetsFirst(html) },
  };
}
