/** The project's real catalogue, loaded once for tests. */
import path from 'node:path';
import { loadCatalog } from '../../src/data/load.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const catalog = loadCatalog(path.join(ROOT, 'data'));
