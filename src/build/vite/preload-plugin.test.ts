import { describe, expect, it } from 'vitest';
import { firstGraphicTag, stylesheetsFirst } from './preload-plugin.ts';

const page = `<!doctype html>
<html><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>t</title>
<link rel="preload" as="fetch" href="/stories/port/maps.json" crossorigin>
  <script type="module" crossorigin src="/assets/shell.js"></script>
  <link rel="stylesheet" crossorigin href="/assets/tokens.css">
  <link rel="stylesheet" crossorigin href="/assets/global.css">
  <link rel="modulepreload" crossorigin href="/assets/view.js">
</head><body><p>text</p></body></html>`;

describe('stylesheetsFirst', () => {
  it('moves the stylesheets, in their order, to just after the viewport meta', () => {
    const out = stylesheetsFirst(page);
    expect(out).toContain(
      '<meta name="viewport" content="width=device-width">\n' +
        '<link rel="stylesheet" crossorigin href="/assets/tokens.css">\n' +
        '<link rel="stylesheet" crossorigin href="/assets/global.css">\n<title>',
    );
    expect(out.indexOf('global.css')).toBeLessThan(out.indexOf('maps.json'));
    expect(out.match(/rel="stylesheet"/g)).toHaveLength(2);
  });

  it('keeps everything else as it was', () => {
    const strip = (h: string) => h.replace(/\s*<link rel="stylesheet"[^>]*>/g, '').replace(/\s+/g, ' ');
    expect(strip(stylesheetsFirst(page))).toBe(strip(page));
  });

  it('falls back to the charset meta, and leaves a page without stylesheets alone', () => {
    const noViewport = page.replace(/<meta name="viewport"[^>]*>\n/, '');
    expect(stylesheetsFirst(noViewport)).toMatch(/<meta charset="utf-8">\n<link rel="stylesheet"/);
    const bare = '<html><head><meta charset="utf-8"><script src="/a.js"></script></head></html>';
    expect(stylesheetsFirst(bare)).toBe(bare);
  });
});

describe('firstGraphicTag', () => {
  it('finds the first graphic a story shows, skipping hidden ones', () => {
    expect(
      firstGraphicTag('<div slot="graphic" class="jh-graphic"><jh-county-map></jh-county-map><jh-chart hidden></jh-chart></div>'),
    ).toBe('jh-county-map');
    expect(firstGraphicTag('<div slot="graphic" class="jh-graphic">\n<jh-chart hidden></jh-chart>')).toBeUndefined();
  });

  it('finds an embed page’s graphic, so its code is asked for with the page', () => {
    expect(firstGraphicTag('<div class="embed__graphic jh-graphic" data-graphic="chart">\n<jh-chart></jh-chart>')).toBe('jh-chart');
    expect(firstGraphicTag('<div class="embed__ghost"><jh-chart></jh-chart></div>')).toBeUndefined();
  });
});
