import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The high-contrast theme (theme.css) meets WCAG 2 AAA: 7:1 for text, 4.5:1 for large text and
 * for what is not text (borders, the focus ring), in its light and its dark scheme.
 */
const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');

/** `--name: light-dark(#light, #dark);` declarations of the first block after `opening`. */
function tokens(opening: string): Map<string, { light: string; dark: string }> {
  const start = css.indexOf(opening);
  expect(start, `${opening} in theme.css`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start + opening.length, css.indexOf('}', start));
  const found = new Map<string, { light: string; dark: string }>();
  for (const [, name, light, dark] of body.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    found.set(name as string, { light: light as string, dark: dark as string });
  }
  return found;
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const contrast = tokens(":root[data-theme='contrast'] {");
const TEXT = ['fg', 'muted', 'accent', 'client', 'server', 'danger', 'ok'];
const BACKGROUNDS = ['bg', 'surface', 'surface-2'];
/** [foreground, background, least ratio]: every text colour on every surface, and the special pairs. */
const PAIRS: readonly [string, string, number][] = [
  ...TEXT.flatMap((fg) => BACKGROUNDS.map((bg) => [fg, bg, 7] as [string, string, number])),
  ['accent-fg', 'accent', 7],
  ['fg', 'accent-soft', 7],
  ['fg', 'notice-bg', 7],
  ['notice-border', 'notice-bg', 4.5],
  ...BACKGROUNDS.flatMap(
    (bg) =>
      [
        ['border', bg, 4.5],
        ['focus', bg, 4.5],
      ] as [string, string, number][],
  ),
];

describe('the high-contrast theme meets WCAG AAA', () => {
  it('the contrast ratio is computed as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('defines every colour token of the other themes', () => {
    const base = tokens(':root {');
    expect([...contrast.keys()].sort()).toEqual([...base.keys()].sort());
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(PAIRS)(`${scheme}: --%s on --%s is at least %s:1`, (fg, bg, least) => {
      const a = contrast.get(fg)?.[scheme];
      const b = contrast.get(bg)?.[scheme];
      expect(a && b, `--${fg} and --${bg}`).toBeTruthy();
      expect(contrastRatio(a as string, b as string)).toBeGreaterThanOrEqual(least);
    });
  }

  it('prefers-contrast: more gives the same colours as choosing the theme', () => {
    const followed = tokens(':root:not([data-theme]) {');
    expect(Object.fromEntries(followed)).toEqual(Object.fromEntries(contrast));
  });
});
