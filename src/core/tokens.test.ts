/**
 * Contrast of the colour tokens, light and dark (WCAG 2.x): text ≥ 4.5:1 on
 * every surface it is set on; marks that carry meaning (routes, targets,
 * highlighted places, the focus ring) ≥ 3:1 against what they are drawn on.
 * The tokens feed both the CSS and the canvas charts, so this covers both.
 */
import { wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { tokens, type ColorTokens } from './tokens.ts';

type Key = keyof ColorTokens;
const TEXT: [Key, Key[]][] = [
  ['text', ['bg', 'surface', 'land']],
  ['muted', ['bg', 'surface', 'land']],
  ['accent', ['bg', 'surface']],
  ['highlight', ['bg', 'surface']],
  ['target', ['bg', 'surface']],
  ['accentText', ['accent', 'highlight']],
];
const MARKS: [Key, Key[]][] = [
  ['highlight', ['bg', 'surface', 'land', 'water']],
  ['target', ['bg', 'surface', 'land']],
  ['accent', ['bg', 'surface', 'land']],
  ['focus', ['bg', 'surface']],
];

describe.each(['light', 'dark'] as const)('%s theme contrast', (theme) => {
  const c = tokens[theme];
  const failures = (pairs: [Key, Key[]][], min: number) =>
    pairs
      .flatMap(([fg, bgs]) => bgs.map((bg) => [fg, bg, wcagContrast(c[fg], c[bg])] as const).filter(([, , ratio]) => ratio < min))
      .map(([fg, bg, ratio]) => `${fg} ${c[fg]} on ${bg} ${c[bg]}: ${ratio.toFixed(2)}:1`);

  it('text ≥ 4.5:1 on every surface it is set on', () => {
    expect(failures(TEXT, 4.5)).toEqual([]);
  });

  it('the theme colours (kickers, card rules) ≥ 4.5:1 on the page and on cards', () => {
    const bad = Object.entries(tokens.themeColors[theme]).flatMap(([name, colour]) =>
      (['bg', 'surface'] as const).filter((bg) => wcagContrast(colour, c[bg]) < 4.5).map((bg) => `${name} on ${bg}`),
    );
    expect(bad).toEqual([]);
  });

  it('meaningful marks ≥ 3:1 against what they are drawn on', () => {
    expect(failures(MARKS, 3)).toEqual([]);
  });
});
