import { defineConfig } from 'vitest/config';
import { CHUNK_GROUPS } from './src/build/vite/chunks.ts';
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
        // By folder: src/build/vite/chunks.ts.
        codeSplitting: { groups: CHUNK_GROUPS },
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
