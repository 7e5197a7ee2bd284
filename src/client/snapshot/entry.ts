/** Page-side entry for scripts/build-embeds.ts: exposes the snapshot function to Playwright. */
import { snapshotSvg } from './svg-snapshot.ts';

(window as Window & { __jhSnapshotSvg?: typeof snapshotSvg }).__jhSnapshotSvg = snapshotSvg;
