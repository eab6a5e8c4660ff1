import { startTransition } from 'react';
import { createRoot, hydrateRoot } from './app/reactDomClient';
import { AppRoot } from './app/AppRoot';
import { seedStoreFromPage } from './app/bootstrap';
import { replayEarlyInput, takeEarlyInput } from './app/earlyInput';
import { preloadPanels } from './app/featurePanels';
import { registerOfflineWorkerWhenIdle } from './app/offlineWorker';
import { showDocumentLanguage } from './app/useDocumentLanguage';
import { prerenderedLocale, readPrerenderedTrace, restorePrerenderedStyles, revealPage, showsPrerenderedState } from './app/prerendered';
import { applyTheme, readStoredTheme } from './app/theme';
import { DEFAULT_LOCALE, htmlLang } from './i18n/locale';
import { loadFirstScreenMessages, loadMessages } from './i18n/messages';
import { applySkipAnimationsFlag } from './playback';
import { adoptPrerenderedTrace, appStore, loadEngine, loadSandboxParts, startLinkSync, traceReady, whenLinkReadable } from './store';
import { whenAnswering } from './ui/appLive';
import './ui/theme.css';

applySkipAnimationsFlag();
applyTheme(readStoredTheme());
// The first screen's trace came with the page: its controls answer before the engine arrives.
adoptPrerenderedTrace(readPrerenderedTrace(document));

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const container: HTMLElement = root;

/** Seeds the store from the page, then draws the first screen once what it waits for is in. */
function start(): void {
  seedStoreFromPage(appStore);
  const { locale } = appStore.getState();
  showDocumentLanguage(document, htmlLang(locale));

  /**
   * index.html carries the first screen, rendered at build time (scripts/prerender.ts), in the
   * visit's language (its script after #root swaps in the Chinese one). When this visit shows that
   * same state (no link, no query), React adopts that HTML (hydration); otherwise (a link to another
   * moment) the page is drawn afresh, and the head script of index.html has kept the prerendered
   * screen hidden meanwhile, so the wrong moment never flashes.
   */
  const hydrate =
    container.firstElementChild !== null &&
    // A query (the speaker notes window, ?notes=1) draws another view than the prerendered one.
    window.location.search === '' &&
    showsPrerenderedState(appStore.getState(), window.location.hash, prerenderedLocale(container)) &&
    traceReady(appStore.getState());

  // Hydration waits for the first part of the language's text only: every string of the
  // prerendered header and controls is in it (src/app/renderFirstScreen.node.test.ts), and the
  // panels' part and the second part follow without holding up the first screen (issue 8:
  // first-paint JS). A fresh render waits for the panels' part too, as it waits for their code.
  // If the text fails to load, English (fetched only then) is better than nothing, drawn afresh:
  // the prerendered page's words would not match it (a Chinese page adopted with English text).
  const adopt = (hydrate ? loadFirstScreenMessages : loadMessages)(locale).then(
    () => hydrate,
    () => loadMessages(DEFAULT_LOCALE).then(() => false),
  );
  // The diagram and the panels beside it are a chunk of their own, fetched now. The prerendered
  // page hydrates without them (React keeps their HTML until their code comes); a page drawn
  // afresh waits for them too, so it never shows them empty (src/app/featurePanels.tsx), and for
  // the engine: its trace did not come with the page. From the next task: adding the chunk's
  // preload links was a third of the app's first task, which the reader waits through (issue 8:
  // TBT); a page drawn afresh has them preloaded by index.html's head script already.
  const panels = nextTask().then(preloadPanels);
  /** A page drawn afresh, once the panels' code and the engine have arrived (or failed to: their boundary says so). */
  const afresh = (): Promise<false> =>
    Promise.all([panels, loadEngine()]).then(
      () => false,
      () => false,
    );
  // The modules run in the task they arrive in; the page is drawn in the next (issue 8: TBT).
  adopt.then((adopting) => (adopting ? true : afresh()), afresh).then((adopting) => nextTask().then(() => render(adopting, panels)));
}

/**
 * Live: what was clicked or pressed before the app listened (kept by index.html's head script)
 * happens now, in order; then <html data-app="live"> says so (the browser tests wait for it).
 * `panels`: settles once the panels' code is in (or failed to come).
 */
function goLive(panels: Promise<void>): void {
  replayEarlyInput(takeEarlyInput(window), document);
  document.documentElement.dataset.app = 'live';
  // Fetched now, not waited for (issue 8: first-paint JS): what needs them waits (simStore.ts).
  // The sandbox's code follows the engine, so opening the sandbox seldom has to wait.
  const parts = loadEngine()
    .then(loadSandboxParts)
    .catch(() => undefined);
  registerOfflineWorkerWhenIdle(Promise.all([parts, panels]));
}

/**
 * A task of its own for what follows: the browser may paint and take input in between (issue 8:
 * total blocking time; a task over ~12 ms here is over 50 ms on a slow phone).
 */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function render(adopt: boolean, panels: Promise<void>): void {
  // The prerendered page's header is adopted after the controls; a page drawn afresh has all at once.
  whenAnswering(window, adopt ? ['shortcuts', 'header'] : ['shortcuts'], () => goLive(panels));
  if (adopt) {
    restorePrerenderedStyles(container);
    // In a transition, React adopts the page in slices it can interrupt, yielding to the browser
    // between components (issue 8: total blocking time); at the default (blocking) priority the
    // page's outer part was adopted in one task. The page is on screen meanwhile, and input made
    // before the app listens is kept (goLive).
    startTransition(() => {
      hydrateRoot(container, <AppRoot store={appStore} />);
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(<AppRoot store={appStore} />);
  }
  revealPage();
  // The address bar shows the moment from the next task on; nothing reads it before.
  void nextTask().then(() => startLinkSync(appStore));
}

// A link's moment is read with the engine (its step count, a sandbox session): index.html's head
// script has preloaded it for such a visit. Should that fail, the link reads as damaged.
if (window.location.hash.length > 1) whenLinkReadable(window.location.hash, start, start);
else start();
