/** Where the build puts images of the graphics, and the markers it replaces with them (scripts/build-stills.ts). */

/** A step's still: its graphic as drawn, for print and previews. */
export const stillPath = (slug: string, step: string) => `/stills/${slug}/${step}.jpg`;
/** Marker replaced with a step's still. */
export const stillMarker = (step: string) => `<!--still:${step}-->`;

/** A story's preview image on the landing page. */
export const previewPath = (slug: string) => `/previews/${slug}.jpg`;
/** Marker replaced with the preview image, so a build without Chromium still has whole cards. */
export const previewMarker = (slug: string) => `<!--preview:${slug}-->`;
