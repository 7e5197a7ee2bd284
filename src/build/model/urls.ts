/** Where the build puts what it writes beside the pages, and the ids it publishes charts under. */
import type { Story } from '../../core/schema/story.ts';

/** A step's still: its graphic as drawn, for print and previews. */
export const stillPath = (slug: string, step: string) => `/stills/${slug}/${step}.jpg`;
/** Marker replaced with a step's still (src/build/steps/stills.ts). */
export const stillMarker = (step: string) => `<!--still:${step}-->`;

/** A story's preview image on the landing page. */
export const previewPath = (slug: string) => `/previews/${slug}.jpg`;
/** Marker replaced with the preview image, so a build without Chromium still has whole cards. */
export const previewMarker = (slug: string) => `<!--preview:${slug}-->`;

/** Where the site keeps a story's map rows (the stories plugin writes the file, the page fetches it). */
export const mapRowsUrl = (slug: string): string => `/stories/${slug}/maps.json`;

/** The published chart id of a step (src/build/model/published.ts). */
export const chartIdOf = (story: Story, step: Story['steps'][number]) => `${story.slug}/${step.view.embed?.id ?? step.id}`;
