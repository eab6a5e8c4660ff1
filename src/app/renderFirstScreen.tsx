import { prerender } from 'react-dom/static';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { getMessages, loadCompleteMessages } from '../i18n/messages';
import { translate } from '../i18n/useT';
import { createSimStore, loadEngine } from '../store';
import { AppRoot } from './AppRoot';

/**
 * The first screen as HTML, for the build to put into index.html (scripts/prerender.ts): the
 * default scenario at step 0, in one language, paused: exactly the state a visitor without a link
 * starts in (English, or Chinese by a saved choice or the browser's language), so the browser can
 * hydrate it instead of drawing it again.
 * `prerender` (not renderToString) waits for lazily loaded parts, so they are in
 * the HTML too. Every part of the language's text is loaded, though main.tsx hydrates once the
 * first part alone has arrived: renderFirstScreen.node.test.ts proves the screen needs no more.
 * Every region is written in its place (no chunk size makes React send a finished Suspense
 * boundary apart, to be moved in by an inline script: the page must show without JavaScript).
 */
export async function renderFirstScreen(locale: Locale = DEFAULT_LOCALE): Promise<string> {
  // The build draws the screen with the engine; the page carries its trace (scripts/prerender.ts).
  await Promise.all([loadCompleteMessages(locale), loadEngine()]);
  const { prelude } = await prerender(<AppRoot store={createSimStore({ locale })} />, { progressiveChunkSize: Infinity });
  return new Response(prelude).text();
}

/** The tab's title in a language, as useDocumentLanguage sets it, for the prerendered page's head. */
export async function firstScreenTitle(locale: Locale): Promise<string> {
  await loadCompleteMessages(locale);
  return translate(getMessages(locale), 'app.title');
}
