/** The base worker: fetches the route map's geometry and turns it into path data, off the main thread. */
import { serve } from '../shared/off-thread.ts';
import { buildBase } from './base-layers.ts';

serve(buildBase);
