/**
 * `npm run export`: one self-contained HTML file per story (offline/<slug>.html) that opens from a
 * USB stick by double-click: scripts, styles, data and geometry all inlined, nothing fetched.
 * `?present` in its URL shows present mode.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { loadSite } from '../site.ts';
import { storiesPlugin } from '../vite/stories-plugin.ts';

/** One offline file per story of the site in `root`, in `root`/offline. */
export async function exportOffline(root: string): Promise<void> {
  const work = path.join(root, 'offline', '.build');
  const out = path.join(root, 'offline');
  const started = performance.now();

  const { stories } = loadSite(root);
  rmSync(work, { recursive: true, force: true });
  // One build per story: a single bundle (no chunks to fetch) allows one entry at a time.
  for (const story of stories)
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      plugins: [storiesPlugin({ mode: 'offline', only: story.slug })],
      build: {
        outDir: work,
        emptyOutDir: false,
        target: 'es2022',
        // Geometry becomes data: URLs inside the code; fetch() reads them without any network.
        assetsInlineLimit: () => true,
        modulePreload: false,
        chunkSizeWarningLimit: 2000,
        rollupOptions: { output: { codeSplitting: false } },
      },
    });

  const asset = (href: string) => readFileSync(path.join(work, href.replace(/^\//, '')), 'utf8');
  /** Code placed inside <script> must not contain its closing tag. */
  const scriptSafe = (code: string) => code.replace(/<\/script/gi, '<\\/script');

  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(path.join(work, 'offline')).filter((f) => f.endsWith('.html'))) {
    let html = readFileSync(path.join(work, 'offline', file), 'utf8');
    html = html
      // Icons are site files; a file opened from a USB stick has no site to fetch them from.
      .replace(/<link rel="(?:icon|apple-touch-icon)"[^>]*>\n?/g, '')
      .replace(/<link rel="modulepreload"[^>]*>\n?/g, '')
      .replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_m, href: string) => `<style>${asset(href)}</style>`)
      .replace(
        /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g,
        (_m, src: string) => `<script type="module">${scriptSafe(asset(src))}</script>`,
      );
    if (/\s(src|href)="\/(?!\/)/.test(html)) throw new Error(`export: ${file} still refers to a site path`);
    writeFileSync(path.join(out, file), html);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    console.log(`export: offline/${file} ${kb(Buffer.byteLength(html))} (${kb(gzipSync(html).length)} gzip)`);
  }
  rmSync(work, { recursive: true, force: true });
  console.log(`export: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
