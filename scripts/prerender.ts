/**
 * Build step: the first screen (the default scenario at step 0, in English) rendered into
 * index.html with react-dom, so the page shows it before any JavaScript has arrived and the
 * app hydrates it (src/main.tsx, src/app/prerendered.ts).
 *
 * The page's Content-Security-Policy has no 'unsafe-inline', which also forbids style attributes
 * in markup. React writes some (a state's colour, a label's position), so each becomes a
 * `data-prerender-style` attribute and a rule in one <style> block (hashed by the policy plugin
 * like any inline style); the app turns the attributes back into inline styles before hydrating.
 * The same block hides the prerendered screen while the head script of index.html has marked it
 * as not this visit's (a link to another moment) or as about to be swapped for another language's.
 *
 * The Chinese first screen is rendered too, into a `<template>` right after #root: inert (not
 * drawn, no ids in the page, no scripts run), so an English reader pays only its bytes, and
 * index.html's inline script after #root swaps it in before the first paint for a Chinese reader.
 * One page for both, not a second URL or a redirect (a round trip before anything shows): the
 * service worker's one cached page and the single-file build serve either language.
 */
import type { Plugin } from 'vite';
import { createServer } from 'vite';
import { htmlLang, type Locale } from '../src/i18n/locale';

const STYLE_ATTRIBUTE = 'data-prerender-style';
const ROOT = /<div id="root">\s*<\/div>/;

const decodeHtml = (text: string): string =>
  text.replace(
    /&(quot|#x27|#39|lt|gt|amp);/g,
    (_, name: string) => ({ quot: '"', '#x27': "'", '#39': "'", lt: '<', gt: '>', amp: '&' })[name] ?? '',
  );

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A CSS string for an attribute selector; `<` escaped too, so no value can close the <style>. */
const cssString = (text: string): string => `"${text.replace(/[\\"<\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** The first screen in a language other than #root's, with what <head> says in that language. */
export interface TranslatedScreen {
  readonly locale: Locale;
  readonly screen: string;
  /** The tab's title in that language (the app's `app.title`). */
  readonly title: string;
}

/** The id of the <template> holding a language's first screen; index.html's script after #root reads it. */
export const translatedScreenId = (locale: Locale): string => `prerendered-${locale}`;

/**
 * index.html with the rendered screen in #root, each translated screen in a <template> after it
 * (with its <html lang> and title as attributes), and their styles in the head.
 */
export function withPrerenderedScreen(html: string, screen: string, translations: readonly TranslatedScreen[] = []): string {
  if (!ROOT.test(html)) throw new Error('prerender: index.html has no empty <div id="root"></div>');
  const declarations = new Set<string>();
  // A region React sent apart from its place (a Suspense boundary finished later) is put there by
  // an inline script, which neither a reader without JavaScript nor the page's policy runs.
  const withoutStyleAttributes = (markup: string): string => {
    if (/<(?:script|template)\b/i.test(markup)) throw new Error('prerender: the screen came in streamed pieces (inline script)');
    return markup.replace(/(<[a-zA-Z][^>]*?\s)style="([^"]*)"/g, (_, before: string, value: string) => {
      declarations.add(value);
      return `${before}${STYLE_ATTRIBUTE}="${value}"`;
    });
  };
  const body = withoutStyleAttributes(screen);
  const templates = translations
    .map(
      ({ locale, screen: translated, title }) =>
        `<template id="${translatedScreenId(locale)}" data-lang="${htmlLang(locale)}" data-title="${escapeAttribute(title)}">` +
        `${withoutStyleAttributes(translated)}</template>`,
    )
    .join('');
  const rules = [...declarations].map((value) => {
    const css = decodeHtml(value);
    return `[${STYLE_ATTRIBUTE}=${cssString(css)}]{${css.replace(/</g, '\\3c ')}}`;
  });
  // Hidden, not removed: the app decides (src/app/prerendered.ts) and reveals the page itself.
  // Also hidden while another language's screen is to be swapped in: never the wrong language.
  rules.push('html[data-prerender] #root{visibility:hidden}');
  // A click or key kept until the app is live (index.html's head script): the page is starting.
  rules.push('html[data-input-waits],html[data-input-waits] *{cursor:progress}');
  const style = `<style id="prerender-styles">${rules.join('')}</style>`;
  return html.replace(/<\/head>/i, `  ${style}\n  </head>`).replace(ROOT, `<div id="root">${body}</div>${templates}`);
}

/**
 * index.html with the first screen's trace as data (`type="application/json"`: never run, so the
 * policy has nothing to allow), for the store to draw that screen with until the engine arrives
 * (src/store/prerenderedTrace.ts). `<` is escaped, so no value can close the element.
 */
export function withPrerenderedTrace(html: string, id: string, trace: unknown): string {
  const json = JSON.stringify(trace).replace(/</g, '\\u003c');
  return html.replace(/<\/body>/i, `  <script type="application/json" id="${id}">${json}</script>\n  </body>`);
}

interface FirstScreens {
  readonly screen: string;
  readonly translations: readonly TranslatedScreen[];
  readonly traceId: string;
  readonly trace: unknown;
}

/** Renders the screen through a Vite server (TSX, CSS imports) in Node, with the production React. */
async function renderScreens(root: string): Promise<FirstScreens> {
  const server = await createServer({
    root,
    configFile: false,
    mode: 'production',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/renderFirstScreen.tsx')) as typeof import('../src/app/renderFirstScreen');
    // The trace does not depend on the language: every prerendered screen comes with the same.
    const traces = (await server.ssrLoadModule('/src/store/prerenderedTrace.ts')) as typeof import('../src/store/prerenderedTrace');
    const screen = await module.renderFirstScreen();
    const translations = [
      { locale: 'zh' as const, screen: await module.renderFirstScreen('zh'), title: await module.firstScreenTitle('zh') },
    ];
    return { screen, translations, traceId: traces.PRERENDERED_TRACE_ID, trace: await traces.makePrerenderedTrace() };
  } finally {
    await server.close();
  }
}

export function prerenderFirstScreen(): Plugin {
  let screens: FirstScreens = { screen: '', translations: [], traceId: '', trace: null };
  return {
    name: 'tcp-lab:prerender',
    apply: 'build',
    // Rendered before the build starts: Vite's module runner has its own CSS pipeline, which
    // must not run alongside the build's.
    async configResolved(config) {
      screens = await renderScreens(config.root);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        withPrerenderedTrace(withPrerenderedScreen(html, screens.screen, screens.translations), screens.traceId, screens.trace),
    },
  };
}
