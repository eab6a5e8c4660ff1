/**
 * The service worker (scripts/offline.ts: the whole build precached, so the app works offline
 * after one visit) is registered once the first screen is complete and the page is idle, not on
 * the page's load event. Installing it fetches and stores every file of the build; on a 2-core
 * machine that ran beside React's adoption of the page and the diagram's first layout, and made
 * their tasks two to three times longer than their own CPU time (issue 8: total blocking time).
 * Not in the single-file build (a file:// page cannot register a worker) nor in development.
 */
export function registerOfflineWorkerWhenIdle(firstScreenDone: Promise<unknown>, win: Window = window): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single' || !('serviceWorker' in win.navigator)) return;
  void firstScreenDone
    .then(() => whenIdle(win))
    .then(() => win.navigator.serviceWorker.register('./sw.js', { scope: './' }))
    // Without its worker the app works as before, online only.
    .catch(() => undefined);
}

/** Once the page has nothing left to do (or after IDLE_TIMEOUT_MS, if it never has). */
function whenIdle(win: Window): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(resolve, NO_IDLE_CALLBACK_MS);
  });
}

const IDLE_TIMEOUT_MS = 5000;
/** Safari has no requestIdleCallback: a second after the first screen, its work is done. */
const NO_IDLE_CALLBACK_MS = 1000;
