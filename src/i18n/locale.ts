/** The languages the lab speaks. The link, storage and <html lang> all use these spellings. */
export type Locale = 'en' | 'zh';
export const LOCALES: readonly Locale[] = ['en', 'zh'];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_STORAGE_KEY = 'tcp-lab:locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh';
}

/** BCP 47 tag for <html lang>: screen readers and CJK font selection need the region/script. */
export function htmlLang(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}

export interface LocaleSources {
  /** `lang` from the link, if present (already split out of the hash). */
  readonly fromLink?: string | null;
  /** Value stored under LOCALE_STORAGE_KEY; anything invalid is ignored. */
  readonly stored?: string | null;
  /** navigator.language (or the first of navigator.languages). */
  readonly browser?: string | null;
}

/** Link beats a saved choice beats the browser's language; English when nothing says otherwise. */
export function detectLocale({ fromLink, stored, browser }: LocaleSources): Locale {
  if (isLocale(fromLink)) return fromLink;
  if (isLocale(stored)) return stored;
  if (typeof browser === 'string' && browser.toLowerCase().startsWith('zh')) return 'zh';
  return DEFAULT_LOCALE;
}

/** Storage can throw (privacy modes, sandboxed iframes); losing the saved choice is harmless. */
export function readStoredLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisted; the link still carries the language.
  }
}
