/** The base worker: fetches the route map's geometry and turns it into path data, off the main thread. */
import { serve } from '../../platform/off-thread.ts';
import { buildBase } from './base-layers.ts';

serve(buildBase);
