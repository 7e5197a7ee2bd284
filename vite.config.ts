import { defineConfig } from 'vite';
import { storiesPlugin } from './src/story/vite-plugin.ts';

export default defineConfig({
  plugins: [storiesPlugin()],
  build: {
    target: 'es2022',
    // Geometry must stay a separate, cacheable file, never inlined into JS.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // Read by the budget test to follow each page's import graph.
    manifest: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
