/**
 * `npm run data`: rebuilds the geometry in data/geo/ byte for byte (src/build/geo/build-geo.ts).
 * GEO_OUT writes elsewhere (the reproducibility test writes to a temporary folder).
 */
import path from 'node:path';
import { buildGeo } from '../src/build/geo/build-geo.ts';

const root = path.resolve(import.meta.dirname, '..');
buildGeo(root, process.env['GEO_OUT'] ?? path.join(root, 'data/geo'));
