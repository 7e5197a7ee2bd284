/**
 * /embed/resize.js, the script of the iframe snippet: a classic script (no
 * module, no CORS needed) built as one small file by src/embed/build-scripts.ts.
 */
import { scriptOrigin, startResizer } from './resizer.ts';

const origin = scriptOrigin();
if (origin) startResizer(origin);
