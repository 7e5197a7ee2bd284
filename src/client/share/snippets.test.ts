import { describe, expect, it } from 'vitest';
import { heightMessages, readHeightMessage, readParentMessage } from '../../core/embed/messages.ts';
import { optionsQuery, readOptions } from '../../core/embed/options.ts';
import { embedSnippets } from './snippets.ts';

// The site's own origin, as a host page would name it (the preview server's, in tests).
const SITE = 'http://127.0.0.1:4173';
const chart = {
  id: 'port/economy',
  title: '内陆城市的“经济”体量',
  height: 640.2,
  image: { width: 640, height: 600 },
  alt: '图',
  story: '/stories/port/#economy',
};

describe('embedSnippets', () => {
  const codes = embedSnippets(SITE, chart);

  it('iframe: full width, a fixed height that shows the whole chart, and the resize script', () => {
    expect(codes.iframe).toBe(
      `<iframe src="${SITE}/embed/port/economy/" title="内陆城市的“经济”体量" width="100%" height="641" ` +
        'frameborder="0" loading="lazy" data-jh-embed></iframe>' +
        `<script src="${SITE}/embed/resize.js" async></script>`,
    );
  });

  it('script: the element with a link inside for readers without scripts', () => {
    expect(codes.script).toBe(
      `<jh-embed chart="port/economy"><a href="${SITE}/embed/port/economy/">内陆城市的“经济”体量</a></jh-embed>` +
        `<script src="${SITE}/embed.js" async></script>`,
    );
  });

  it('carries the options as URL parameters and attributes, leaving defaults out', () => {
    const dark = embedSnippets(SITE, chart, { theme: 'dark', plain: true });
    expect(dark.iframe).toContain('/embed/port/economy/?theme=dark&plain"');
    expect(dark.script).toContain('<jh-embed chart="port/economy" theme="dark" plain>');
    expect(embedSnippets(SITE, chart, { theme: 'auto' }).iframe).toContain('/embed/port/economy/"');
  });

  it('escapes the title in attributes and text', () => {
    const evil = embedSnippets(SITE, { ...chart, title: '"><script>x</script>' });
    expect(evil.iframe).not.toContain('<script>x');
    expect(evil.iframe).toContain('title="&quot;&gt;&lt;script&gt;');
  });

  it('image: the PNG at its size, linking to the story', () => {
    expect(codes.image).toBe(
      `<a href="${SITE}/stories/port/#economy"><img src="${SITE}/embed/port/economy/chart.png" alt="图" width="640" height="600"></a>`,
    );
  });
});

describe('readOptions', () => {
  const read = (q: string) => {
    const p = new URLSearchParams(q);
    return readOptions((n) => p.get(n));
  };
  it('reads theme, plain and lang, defaulting each', () => {
    expect(read('').options).toEqual({ theme: 'auto', plain: false, lang: 'zh-CN' });
    expect(read('theme=DARK&plain&lang=en').options).toEqual({ theme: 'dark', plain: true, lang: 'en' });
    expect(read('plain=false').options.plain).toBe(false);
  });
  it('names a bad value and the valid ones', () => {
    expect(read('theme=purple').problems).toEqual(['theme="purple" 无效，可用：auto、light、dark']);
    expect(read('lang=fr').problems[0]).toContain('zh-CN、en');
  });
  it('writes options back as a query', () => {
    expect(optionsQuery({ theme: 'light', plain: true, lang: 'en' })).toBe('?theme=light&plain&lang=en');
    expect(optionsQuery({ theme: 'auto', lang: 'zh-CN' })).toBe('');
  });
});

describe('messages', () => {
  it('announces a height in our format, Datawrapper’s, and Pym’s when asked', () => {
    expect(heightMessages('port/economy', 600.2)).toEqual([
      { type: 'jh-embed:height', version: 1, chart: 'port/economy', height: 601 },
      { 'datawrapper-height': { 'port/economy': 601 } },
    ]);
    expect(heightMessages('port/economy', 600, 'c1')[2]).toBe('pymxPYMxc1xPYMxheightxPYMx600');
    expect(heightMessages('port/economy', 600, 'bad id"')).toHaveLength(2);
  });
  it('ignores what is not for us', () => {
    for (const junk of [null, 'x', 42, {}, { type: 'jh-embed:theme', theme: '<script>' }, { type: 'other' }])
      expect(readParentMessage(junk)).toBeNull();
    expect(readParentMessage({ type: 'jh-embed:theme', theme: 'dark' })).toEqual({ type: 'jh-embed:theme', theme: 'dark' });
    for (const junk of [
      { type: 'jh-embed:height', height: 'x', chart: 'a' },
      { type: 'jh-embed:height', height: Infinity, chart: 'a' },
      { height: 5 },
    ])
      expect(readHeightMessage(junk)).toBeNull();
  });
  it('clamps an absurd height', () => {
    expect(readHeightMessage({ type: 'jh-embed:height', height: 1e9, chart: 'a' })?.height).toBe(200_000);
  });
});
