/** The site's name and its social-card tags, shared by every page renderer. */
import { esc } from '../../core/html.ts';

export const SITE_NAME = '八婺数据故事';

/** Absolute site URL for og:image and canonical links (`SITE_URL` at build), else paths. */
export const siteUrl = (): string => (process.env['SITE_URL'] ?? '').replace(/\/$/, '');

/** Social-card tags; `image` is a site path. */
export function socialMeta(title: string, description: string, image: string): string {
  const abs = `${siteUrl()}${image}`;
  return `<meta property="og:type" content="article">
<meta property="og:site_name" content="${SITE_NAME}">
<meta property="og:title" content="${esc(title)}">
<meta property="og:description" content="${esc(description)}">
<meta property="og:image" content="${esc(abs)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${esc(abs)}">`;
}

