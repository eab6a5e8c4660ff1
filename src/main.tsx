import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app/AppRoot';
import { seedStoreFromPage } from './app/bootstrap';
import { preloadPanels } from './app/featurePanels';
import { restorePrerenderedStyles, revealPage, showsPrerenderedState } from './app/prerendered';
import { applyTheme, readStoredTheme } from './app/theme';
import { DEFAULT_LOCALE, htmlLang } from './i18n/locale';
import { loadMessages } from './i18n/messages';
import { applySkipAnimationsFlag } from './playback';
import { appStore, startLinkSync } from './store';
import './ui/theme.css';

applySkipAnimationsFlag();
applyTheme(readStoredTheme());
seedStoreFromPage(appStore);
const { locale } = appStore.getState();
document.documentElement.lang = htmlLang(locale);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const container: HTMLElement = root;

/**
 * index.html carries the first screen, rendered at build time (scripts/prerender.ts). When this
 * visit shows that same state (no link, no query, English), React adopts that HTML (hydration); otherwise
 * (a link to another moment, Chinese) the page is drawn afresh, and the head script of
 * index.html has kept the prerendered screen hidden meanwhile, so the wrong moment never flashes.
 */
const hydrate =
  container.firstElementChild !== null &&
  // A query (the speaker notes window, ?notes=1) draws another view than the prerendered one.
  window.location.search === '' &&
  showsPrerenderedState(appStore.getState(), window.location.hash);

function render(): void {
  startLinkSync(appStore);
  if (hydrate) {
    restorePrerenderedStyles(container);
    hydrateRoot(container, <AppRoot store={appStore} />);
  } else {
    container.replaceChildren();
    createRoot(container).render(<AppRoot store={appStore} />);
  }
  revealPage();
}

// Both hydration and a fresh render wait for the first part of the language's text only: every
// string of the prerendered first screen is in it (src/app/renderFirstScreen.node.test.ts), and
// the second part follows without holding up the first screen (issue 8: first-paint JS). A fresh
// render waits for it so the page never flashes English at a Chinese reader; if the chunk fails
// to load, English (fetched only then) is better than nothing.
const text = loadMessages(locale).catch(() => loadMessages(DEFAULT_LOCALE));
// The diagram and the panels beside it are a chunk of their own, fetched now. The prerendered
// page hydrates without them (React keeps their HTML until their code comes); a page drawn
// afresh waits for them too, so it never shows them empty (src/app/featurePanels.tsx).
const panels = preloadPanels();
(hydrate ? text : Promise.all([text, panels])).then(render, render);
