/**
 * The one source of design tokens. CSS custom properties are generated from it
 * (virtual module `virtual:jh-tokens.css`, see `tokensToCss`) and the ECharts
 * theme reads the same object, because canvas cannot read CSS.
 */

export interface ColorTokens {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  rule: string;
  accent: string;
  accentText: string;
  highlight: string;
  target: string;
  land: string;
  landStroke: string;
  water: string;
  neutral: string;
  focus: string;
}

const light: ColorTokens = {
  bg: '#f7f5f0',
  surface: '#ffffff',
  text: '#1c1c1e',
  muted: '#55555c',
  rule: '#d6d2c8',
  accent: '#0b5d7a',
  accentText: '#ffffff',
  highlight: '#c2410c',
  target: '#8a5a00',
  land: '#e6e2d8',
  landStroke: '#b9b3a5',
  water: '#dce8ee',
  neutral: '#d9d5cb',
  focus: '#1d4ed8',
};

const dark: ColorTokens = {
  bg: '#121417',
  surface: '#1c1f24',
  text: '#ecebe8',
  muted: '#a9a9b0',
  rule: '#3a3d44',
  accent: '#5cc2e6',
  accentText: '#0b1a20',
  highlight: '#ff8a4c',
  target: '#e5b454',
  land: '#2a2d33',
  landStroke: '#4b4f57',
  water: '#16232b',
  neutral: '#3b3f47',
  focus: '#93b4ff',
};

/**
 * One colour per county, the same in every story and theme. Okabe–Ito-derived,
 * distinguishable with common colour-vision deficiencies; labels always carry
 * the name too, so colour is never the only carrier of meaning.
 */
export const countyColors: Readonly<Record<string, string>> = {
  婺城区: '#0072b2',
  金东区: '#56b4e9',
  兰溪市: '#009e73',
  东阳市: '#cc79a7',
  义乌市: '#d55e00',
  永康市: '#e69f00',
  浦江县: '#7a5195',
  武义县: '#2f8f5b',
  磐安县: '#8c6d31',
};

/** A colour per theme: 港 (port), 廊 (corridor), 链 (chain); lighter on dark backgrounds. */
export const themeColors = {
  light: { port: light.accent, corridor: '#6a3d9a', chain: '#b3541e' },
  dark: { port: dark.accent, corridor: '#b9a3e3', chain: '#f0a36b' },
} as const;

export const fontStack =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", ' +
  '"WenQuanYi Micro Hei", system-ui, sans-serif';

export const tokens = { light, dark, countyColors, themeColors, fontStack };
export type Tokens = typeof tokens;

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function colorVars(colors: ColorTokens, themes: Readonly<Record<string, string>>): string {
  return [
    ...Object.entries(colors).map(([key, value]) => `--jh-color-${kebab(key)}: ${value};`),
    ...Object.entries(themes).map(([key, value]) => `--jh-theme-${key}: ${value};`),
  ].join('\n  ');
}

/**
 * The tokens as CSS custom properties on `scope` (`:root` for pages, a
 * wrapper inside a shadow root for script embeds); dark values apply with the
 * system setting unless `data-theme="light"`, and always with `data-theme="dark"`.
 */
export function tokensToCss(t: Tokens = tokens, scope = ':root'): string {
  const shared = [`--jh-font-sans: ${t.fontStack};`].join('\n  ');
  return `/* generated from src/core/tokens.ts */
${scope} {
  color-scheme: light dark;
  ${shared}
  ${colorVars(t.light, t.themeColors.light)}
}
@media (prefers-color-scheme: dark) {
  ${scope}:not([data-theme='light']) {
  ${colorVars(t.dark, t.themeColors.dark)}
  }
}
${scope}[data-theme='dark'] {
  color-scheme: dark;
  ${colorVars(t.dark, t.themeColors.dark)}
}
${scope}[data-theme='light'] {
  color-scheme: light;
}
`;
}
