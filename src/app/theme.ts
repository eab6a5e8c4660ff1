/**
 * Colour theme. 'system' follows prefers-color-scheme, and prefers-contrast: more picks the
 * high-contrast colours (theme.css); index.html applies a saved choice before first paint.
 */
export type Theme = 'light' | 'dark' | 'contrast' | 'system';
export const THEMES: readonly Theme[] = ['light', 'dark', 'contrast', 'system'];
export const THEME_STORAGE_KEY = 'tcp-lab:theme';

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark' || value === 'contrast' || value === 'system';
}

export function readStoredTheme(): Theme {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

export function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage unavailable: the choice lasts for this visit only.
  }
}

/** Same convention as the inline script in index.html: no data-theme means "follow the system". */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
