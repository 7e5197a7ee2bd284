/**
 * Browser tests run against the built site (`vite build` → dist/), served by
 * `vite preview` on 127.0.0.1. Chromium must be installed: a missing browser
 * fails the run; it never skips.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, hasChromium } from '../../src/build/chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  if (!hasChromium())
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH. Browser tests do not skip.`,
    );
  if (!existsSync(path.join(ROOT, 'dist/index.html'))) await build({ root: ROOT, logLevel: 'warn' });
  server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseURL', url.replace(/\/$/, ''));
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
