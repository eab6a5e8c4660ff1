/**
 * The colours of an exported ladder: the app's light and dark theme tokens (src/ui/theme.css and
 * the ladder's own in features/ladder/ladder.css), written out as values because a standalone SVG
 * has no stylesheet to resolve `var(--…)` or `light-dark()` against. svgPalette.node.test.ts reads
 * the CSS and fails when the two drift apart.
 */
export interface SvgPalette {
  readonly bg: string;
  readonly fg: string;
  readonly muted: string;
  readonly line: string;
  readonly client: string;
  readonly server: string;
  readonly lost: string;
  readonly timer: string;
  readonly tagBg: string;
  /** Behind a counterfactual's "Not TCP" mark. */
  readonly markBg: string;
  /** Lightness of the state bands' fill (hue per state, saturation 65%, as ladder.css). */
  readonly bandLightness: number;
}

export type SvgTheme = 'light' | 'dark';
export const SVG_THEMES: readonly SvgTheme[] = ['light', 'dark'];

export const SVG_PALETTES: Readonly<Record<SvgTheme, SvgPalette>> = {
  light: {
    bg: '#ffffff',
    fg: '#111827',
    muted: '#4b5563',
    line: '#8a94a3',
    client: '#1d4ed8',
    server: '#9d174d',
    lost: '#b91c1c',
    timer: '#8a4a00',
    tagBg: '#f5f7fa',
    markBg: '#fef2f2',
    bandLightness: 80,
  },
  dark: {
    bg: '#0f172a',
    fg: '#f1f5f9',
    muted: '#c0cad8',
    line: '#7c8aa3',
    client: '#93b4ff',
    server: '#f9a8d4',
    lost: '#fca5a5',
    timer: '#fcd34d',
    tagBg: '#18223a',
    markBg: '#3b0d0d',
    bandLightness: 32,
  },
};
