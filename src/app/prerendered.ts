import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale';
import { PRERENDERED_TRACE_ID, type SimState } from '../store';

/**
 * The browser side of the prerendered first screen (scripts/prerender.ts writes it into
 * index.html at build time). The page's policy allows no inline style attributes, so the build
 * moves each `style="…"` of the HTML to `data-prerender-style="…"` plus a rule in a hashed
 * <style> block (drawn right without JavaScript); before hydrating, the attribute becomes the
 * element's inline style again, which is what React expects to find.
 */
export const PRERENDER_STYLE_ATTRIBUTE = 'data-prerender-style';
/**
 * Set on <html> by index.html's head script while #root is not this visit's screen: "stale" (a
 * link to another moment) or a language whose prerendered screen is about to be swapped in.
 */
export const STALE_PRERENDER_ATTRIBUTE = 'data-prerender';
/** Set on #root by index.html's script after it when it swapped in another language's screen. */
export const PRERENDERED_LOCALE_ATTRIBUTE = 'data-prerendered';

/** The language of the screen in #root: English unless index.html swapped in another. */
export function prerenderedLocale(container: Element): Locale {
  const locale = container.getAttribute(PRERENDERED_LOCALE_ATTRIBUTE);
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/** The prerender is the default scenario at step 0 (no link), in the language of the visit. */
export function showsPrerenderedState(state: Pick<SimState, 'locale'>, hash: string, locale: Locale = DEFAULT_LOCALE): boolean {
  return hash.length <= 1 && state.locale === locale;
}

/**
 * The first screen's trace, which the build put into the page as data beside the screen
 * (scripts/prerender.ts), or null if the page has none that parses: the store then waits for the
 * engine to draw it (src/store/prerenderedTrace.ts).
 */
export function readPrerenderedTrace(doc: Document): unknown {
  const text = doc.getElementById(PRERENDERED_TRACE_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** CSSOM writes are allowed under the policy (unlike style attributes in markup). */
export function restorePrerenderedStyles(container: HTMLElement): void {
  for (const element of container.querySelectorAll<HTMLElement>(`[${PRERENDER_STYLE_ATTRIBUTE}]`)) {
    element.style.cssText = element.getAttribute(PRERENDER_STYLE_ATTRIBUTE) ?? '';
    element.removeAttribute(PRERENDER_STYLE_ATTRIBUTE);
  }
}

/** The app has drawn (or adopted) the page: undo the head script's hiding, if any. */
export function revealPage(root: HTMLElement = document.documentElement): void {
  root.removeAttribute(STALE_PRERENDER_ATTRIBUTE);
}
