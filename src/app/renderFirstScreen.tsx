import { prerender } from 'react-dom/static';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { loadCompleteMessages } from '../i18n/messages';
import { createSimStore, loadEngine } from '../store';
import { AppRoot } from './AppRoot';

/**
 * The first screen as HTML, for the build to put into index.html (scripts/prerender.ts): the
 * default scenario at step 0, in English, paused: exactly the state a visitor without a link or a
 * saved language starts in, so the browser can hydrate it instead of drawing it again.
 * `prerender` (not renderToString) waits for lazily loaded parts, so they are in
 * the HTML too. Both parts of the English text are loaded, though main.tsx hydrates once the
 * first part alone has arrived: renderFirstScreen.node.test.ts proves the screen needs no more.
 * Every region is written in its place (no chunk size makes React send a finished Suspense
 * boundary apart, to be moved in by an inline script: the page must show without JavaScript).
 */
export async function renderFirstScreen(): Promise<string> {
  // The build draws the screen with the engine; the page carries its trace (scripts/prerender.ts).
  await Promise.all([loadCompleteMessages(DEFAULT_LOCALE), loadEngine()]);
  const { prelude } = await prerender(<AppRoot store={createSimStore()} />, { progressiveChunkSize: Infinity });
  return new Response(prelude).text();
}
