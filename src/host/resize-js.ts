/**
 * /embed/resize.js, the script of the iframe snippet: a classic script (no
 * module, no CORS needed) built as one small file by src/build/vite/host-scripts.ts.
 */
import { scriptOrigin, startResizer } from './frames.ts';

const origin = scriptOrigin();
if (origin) startResizer(origin);
