/**
 * The offline file (npm run export): article and present mode in one document; the page shows
 * present mode when the URL has `?present`. Links stay inside the file.
 */
import type { Catalog } from '../../core/catalog.ts';
import { html, type Html } from '../../core/html.ts';
import type { Story } from '../../core/schema/story.ts';
import { pageHead, SITE_NAME } from './layout.ts';
import { presentMarkup } from './present-page.ts';
import { articleMarkup, sourceCards, storyDataMarkup } from './story-page.ts';

export function renderOfflinePage(story: Story, catalog: Catalog): Html {
  const { meta } = story;
  return html`${pageHead(`${meta.title} · ${SITE_NAME}`, meta.lede, '/src/client/entries/export.ts')}
<body data-theme-story="${meta.theme}" data-story="${story.slug}">
${articleMarkup(story, catalog, { present: '?present' })}
${presentMarkup(story, catalog, { article: '?' })}
${sourceCards(story, catalog)}
${storyDataMarkup(story, catalog, 'inline')}
</body>
</html>
`;
}
