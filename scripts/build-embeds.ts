/** Part of `npm run build`, after the stills: PNG and SVG of every published chart, and their list (src/build/steps/embed-files.ts). */
import path from 'node:path';
import { buildEmbedFiles } from '../src/build/steps/embed-files.ts';

await buildEmbedFiles(path.resolve(import.meta.dirname, '..'));
