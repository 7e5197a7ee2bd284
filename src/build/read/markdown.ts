/**
 * Markdown for story text: markdown-it with raw HTML disabled (so `<script>`
 * in a story is shown as text, never run) plus one inline rule, `{{figure-id}}`,
 * which prints a figure from data/ with a button to its source card.
 */
import markdownIt, { type MarkdownIt } from 'markdown-it';
import type { Figure } from '../../core/schema/data.ts';
import { formatFigure } from '../../core/text/format.ts';

export const FIGURE_REF = /\{\{([^{}]*)\}\}/g;

export interface MarkdownEnv extends Record<PropertyKey, unknown> {
  figures: ReadonlyMap<string, Figure>;
  /** Figure ids met while rendering, in order. */
  cites: string[];
}

/**
 * Punctuation that may not begin a line in Chinese (行首禁则). A figure is a button, and a browser
 * may break after a button even before such a mark, leaving a lone 。 at the start of a line; the
 * marks that follow a figure are kept on its line.
 */
const NO_LINE_START = /^[。，、；：！？）」』”’》〉…%％]+/;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The id of the popover card that shows a figure's source. */
export const cardId = (figureId: string) => `src-${figureId}`;

export function figureButton(figure: Figure): string {
  const tag = figure.kind === 'target' ? '<span class="jh-fig__tag">目标</span>' : '';
  return (
    `<button type="button" class="jh-fig jh-fig--${figure.kind}" data-fig="${escape(figure.id)}" ` +
    `popovertarget="${cardId(figure.id)}">` +
    `${tag}${escape(formatFigure(figure))}<span class="visually-hidden">，查看来源</span></button>`
  );
}

export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  // Images would load from wherever the URL points; stories show graphics from data/ only.
  md.disable('image');
  md.inline.ruler.before('emphasis', 'figure_ref', (state, silent) => {
    if (!state.src.startsWith('{{', state.pos)) return false;
    const end = state.src.indexOf('}}', state.pos);
    if (end < 0) return false;
    const after = NO_LINE_START.exec(state.src.slice(end + 2))?.[0] ?? '';
    if (!silent) {
      const token = state.push('figure_ref', '', 0);
      token.content = state.src.slice(state.pos + 2, end).trim();
      token.meta = { after };
    }
    state.pos = end + 2 + after.length;
    return true;
  });
  md.renderer.rules['figure_ref'] = (tokens, idx, _options, env) => {
    const { figures, cites } = env as unknown as MarkdownEnv;
    const { content: id, meta } = tokens[idx]!;
    const after = typeof meta?.['after'] === 'string' ? meta['after'] : '';
    const figure = figures.get(id);
    // parseStory reports every unknown id with its line and fails; this placeholder is never published.
    if (!figure) return `<mark class="jh-missing">${escape(id)}</mark>${escape(after)}`;
    cites.push(id);
    return after ? `<span class="jh-nobr">${figureButton(figure)}${escape(after)}</span>` : figureButton(figure);
  };
  return md;
}
