/** `npm run export`: one self-contained offline file per story, in offline/ (src/build/steps/offline.ts). */
import path from 'node:path';
import { exportOffline } from '../src/build/steps/offline.ts';

await exportOffline(path.resolve(import.meta.dirname, '..'));
