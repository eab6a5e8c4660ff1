import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SVG_PALETTES } from '../src/export/svgPalette';

describe('SVG palettes', () => {
  const theme = readFileSync(new URL('../src/ui/theme.css', import.meta.url), 'utf8');
  const ladder = readFileSync(new URL('../src/features/ladder/ladder.css', import.meta.url), 'utf8');
  const pair = (css: string, name: string) => {
    const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(css);
    return match ? { light: match[1], dark: match[2] } : undefined;
  };

  it.each([
    ['bg', theme, 'bg'],
    ['fg', theme, 'fg'],
    ['muted', theme, 'muted'],
    ['line', theme, 'border'],
    ['client', theme, 'client'],
    ['server', theme, 'server'],
    ['lost', theme, 'danger'],
    ['tagBg', theme, 'surface'],
    ['timer', ladder, 'ladder-timer'],
  ] as const)('%s is the app theme’s --%s in light and in dark', (key, css, name) => {
    expect(pair(css, name)).toEqual({ light: SVG_PALETTES.light[key], dark: SVG_PALETTES.dark[key] });
  });
});
