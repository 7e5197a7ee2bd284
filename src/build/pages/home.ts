/** The landing page's story cards (index.html's `<!--stories-->`), filled in at build. */
import { html, joined, trusted, type Html } from '../../core/html.ts';
import type { Story } from '../../core/schema/story.ts';
import { previewMarker } from '../model/urls.ts';
import { readingMinutes } from './story-page.ts';

export function storyCards(stories: Story[]): Html {
  return joined(
    stories.map(
      (s) => html`<li class="story-card" data-theme-story="${s.meta.theme}" data-story="${s.slug}">
<a href="/stories/${s.slug}/"><span class="story-card__preview">${trusted(previewMarker(s.slug))}</span>
<span class="story-card__text"><span class="kicker">${s.meta.kicker}</span>
<span class="story-card__title">${s.meta.title}</span>
<span class="story-card__lede">${s.meta.lede}</span>
<span class="story-card__meta">${s.steps.length} 步 · 约 ${readingMinutes(s)} 分钟阅读</span></span></a></li>`,
    ),
  );
}
