/**
 * Node-only, at build: the two classic scripts other sites' pages load,
 * `/embed.js` (script snippet) and `/embed/resize.js` (iframe snippet). Each
 * is one self-contained, minified IIFE at a stable URL (no content hash: the
 * URL is in editors' pages), unlike the fingerprinted chunks it loads.
 */
import path from 'node:path';
import { build } from 'rolldown';

/** One self-contained, minified classic script from a TypeScript entry. */
export async function iife(input: string, define: Record<string, string> = {}): Promise<string> {
  const result = await build({
    input,
    write: false,
    logLevel: 'warn',
    // Old browsers must parse these files to reach their fallbacks.
    transform: { define, target: 'es2015' },
    output: { format: 'iife', minify: true, comments: false },
  });
  return result.output[0].code;
}

/** File name in the build → source. `element` is the site path of the <jh-embed> module. */
export async function buildHostScripts(element: string): Promise<Record<string, string>> {
  return {
    'embed.js': await iife(path.join(import.meta.dirname, '../../host/embed-js.ts'), { __JH_EMBED_ELEMENT__: JSON.stringify(element) }),
    'embed/resize.js': await iife(path.join(import.meta.dirname, '../../host/resize-js.ts')),
  };
}
