import { defineConfig } from 'vite';
import { storiesPlugin } from './src/story/vite-plugin.ts';

export default defineConfig({
  // Pages are files; an unknown URL is a 404 (dist/404.html), never the landing page.
  appType: 'mpa',
  plugins: [storiesPlugin()],
  build: {
    target: 'es2022',
    // Geometry must stay a separate, cacheable file, never inlined into JS.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // Read by the budget test to follow each page's import graph.
    manifest: true,
  },
  // The chart worker (src/charts/chart-worker.ts) is a module worker: one file, ECharts inside.
  worker: { format: 'es' },
  experimental: {
    // Chunks find each other and their files relative to themselves, not to the page: a script
    // embed runs on another site's page, where "/assets/…" would name that site's files.
    renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined),
  },
  // Script embeds load our modules and JSON from other sites' pages: they need CORS (see public/_headers).
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, cors: true },
});
