/** Part of `npm run build`, after `vite build`: a still of every step's graphic (src/build/steps/stills.ts). */
import path from 'node:path';
import { buildStills } from '../src/build/steps/stills.ts';

await buildStills(path.resolve(import.meta.dirname, '..'));
