import { describe, expect, it } from 'vitest';
import type { Figure } from '../../core/schema/data.ts';
import { createMarkdown, type MarkdownEnv } from './markdown.ts';

const figure: Figure = {
  id: 'trains',
  metric: '开行列数',
  value: 1000,
  unit: '列',
  period: '2023',
  place: '金华市',
  kind: 'actual',
  source: 'gwr-2024',
  evidence: '开行1000列',
};

const render = (text: string) => {
  const env: MarkdownEnv = { figures: new Map([[figure.id, figure]]), cites: [] };
  return { html: createMarkdown().renderInline(text, env), cites: env.cites };
};

describe('figures in story text', () => {
  it('keeps the punctuation after a figure on its line, so no line starts with 。', () => {
    const { html, cites } = render('全年开行 {{trains}}。再往后');
    expect(html).toMatch(/<span class="jh-nobr"><button [^>]*data-fig="trains"[^>]*>.*<\/button>。<\/span>再往后$/);
    expect(cites).toEqual(['trains']);
  });

  it('takes a run of such marks, and only those', () => {
    expect(render('（{{trains}}），其后').html).toMatch(/<\/button>），<\/span>其后$/);
    expect(render('{{trains}} 列车').html).toMatch(/<\/button> 列车$/);
    expect(render('{{trains}}列车').html).not.toContain('jh-nobr');
  });
});
