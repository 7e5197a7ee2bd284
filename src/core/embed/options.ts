/**
 * Embed options, the same as URL parameters of the embed page and as
 * attributes of <jh-embed>: `theme` (light | dark | auto), `plain` (no
 * header or footer) and `lang` (language of the frame's own words). Pure.
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export const LANGS = ['zh-CN', 'en'] as const;
export type EmbedTheme = (typeof THEMES)[number];
export type EmbedLang = (typeof LANGS)[number];

export interface EmbedOptions {
  theme: EmbedTheme;
  plain: boolean;
  lang: EmbedLang;
}

export const DEFAULT_OPTIONS: EmbedOptions = { theme: 'auto', plain: false, lang: 'zh-CN' };

/** Read options from `get(name)` (a URL parameter or an attribute); unknown values are problems, with the valid ones listed. */
export function readOptions(get: (name: string) => string | null): { options: EmbedOptions; problems: string[] } {
  const problems: string[] = [];
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = get(name);
    if (raw === null || raw === '') return fallback;
    const found = allowed.find((a) => a.toLowerCase() === raw.trim().toLowerCase());
    if (!found) problems.push(`${name}="${raw}" 无效，可用：${allowed.join('、')}`);
    return found ?? fallback;
  };
  const plain = get('plain');
  if (
    plain !== null &&
    !['', 'true', '1', 'plain'].includes(plain.trim().toLowerCase()) &&
    !['false', '0'].includes(plain.trim().toLowerCase())
  )
    problems.push(`plain="${plain}" 无效，可用：不写值（开启）或 false`);
  return {
    options: {
      theme: pick('theme', THEMES, DEFAULT_OPTIONS.theme),
      lang: pick('lang', LANGS, DEFAULT_OPTIONS.lang),
      plain: plain !== null && !['false', '0'].includes(plain.trim().toLowerCase()),
    },
    problems,
  };
}

/** The options as URL parameters (defaults left out), e.g. `?theme=dark&plain`. */
export function optionsQuery(o: Partial<EmbedOptions>): string {
  const parts: string[] = [];
  if (o.theme && o.theme !== DEFAULT_OPTIONS.theme) parts.push(`theme=${o.theme}`);
  if (o.plain) parts.push('plain');
  if (o.lang && o.lang !== DEFAULT_OPTIONS.lang) parts.push(`lang=${o.lang}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The words of the frame around a chart, by language (the chart itself speaks Chinese). */
export const STRINGS = {
  'zh-CN': {
    source: '来源：',
    note: '注：',
    from: '出自',
    download: '下载',
    data: '数据',
    missingChart: '缺少 chart 属性：写上要嵌入的图表编号，例如 chart="port/economy"',
    unknownChart: (id: string) => `未找到图表“${id}”：编号可能写错，或该图已下线`,
    loadFailed: (why: string) => `图表无法加载（${why}）`,
    badOption: '嵌入参数有误',
  },
  en: {
    source: 'Source: ',
    note: 'Note: ',
    from: 'From',
    download: 'Download',
    data: 'Data',
    missingChart: 'Missing chart attribute: name the chart to embed, e.g. chart="port/economy"',
    unknownChart: (id: string) => `No chart "${id}": the id may be misspelt, or the chart was withdrawn`,
    loadFailed: (why: string) => `The chart could not load (${why})`,
    badOption: 'Invalid embed option',
  },
} as const;

export type Strings = (typeof STRINGS)[EmbedLang];
