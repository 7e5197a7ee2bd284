import { defineConfig } from 'vitest/config';
import { storiesPlugin } from './src/build/vite/stories-plugin.ts';
import { firstGraphicPreload, stylesheetsFirstPlugin } from './src/build/vite/preload-plugin.ts';

export default defineConfig({
  // Pages are files; an unknown URL is a 404 (dist/404.html), never the landing page.
  appType: 'mpa',
  plugins: [storiesPlugin(), firstGraphicPreload(), stylesheetsFirstPlugin()],
  build: {
    target: 'es2022',
    // Geometry must stay a separate, cacheable file, never inlined into JS.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // Read by the budget test to follow each page's import graph.
    manifest: true,
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // What every story page runs before its first graphic, as one file: Lit and our runtime.
              // Left to itself the bundler cut it into ten files by which pages share what, and a
              // phone on a slow network paid a round trip and a connection for each.
              name: 'shell',
              // (Vite's module ids use forward slashes on every system.)
              test: new RegExp(
                [
                  String.raw`/node_modules/(lit|lit-html|lit-element|@lit/reactive-element)/`,
                  String.raw`/src/client/shell/(stage|flat|frame)\.ts`,
                  String.raw`/src/core/graphics\.ts`,
                  String.raw`/src/elements/loaders\.ts`,
                  String.raw`/src/platform/(schedule|off-thread)\.ts`,
                  String.raw`/src/elements/internal/(stages|size-controller|styles|templates)\.ts`,
                  String.raw`/src/core/tokens\.ts`,
                  String.raw`/src/core/format\.ts`,
                  'preload-helper',
                  // What every graphic element imports: the decorator helper, the bundler's runtime, @lit/task.
                  String.raw`@oxc-project\+runtime@[^/]+/helpers/esm/decorate\.js`,
                  String.raw`rolldown/runtime\.js`,
                  String.raw`/node_modules/@lit/task/`,
                ].join('|'),
              ),
            },
            {
              // An embed page's options and wording (shared with the script embed and the share dialog).
              name: 'embed-text',
              test: /\/src\/core\/embed\/(options|text|files)\.ts/,
            },
            {
              // What every map draws with (d3-geo, TopoJSON, the projection and label placement), as
              // one file: apart, they were four more round trips before a story's first map.
              name: 'map',
              test: new RegExp(
                [
                  String.raw`/node_modules/(d3-array|d3-geo|topojson-client)/`,
                  String.raw`/src/core/geo/(view|assets|topo|labels)\.ts`,
                  String.raw`/src/elements/maps/(county-layout|counties-task)\.ts`,
                ].join('|'),
              ),
            },
          ],
        },
      },
    },
  },
  // The chart worker (src/elements/jh-chart/chart-worker.ts) is a module worker: one file, ECharts inside.
  worker: { format: 'es' },
  experimental: {
    // Chunks find each other and their files relative to themselves, not to the page: a script
    // embed runs on another site's page, where "/assets/…" would name that site's files.
    renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined),
  },
  // Script embeds load our modules and JSON from other sites' pages: they need CORS (see public/_headers).
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, cors: true },
  // npm test: unit tests in Node (beside the code and in tests/unit), browser tests in tests/browser.
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
