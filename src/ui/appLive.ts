/**
 * The moment the app takes input itself: the page's keyboard shortcuts listen (the controls say
 * so, whichever window draws them). Until then index.html's head script keeps the clicks and keys
 * of a reader faster than the app's code; main.tsx replays them on this signal
 * (app/earlyInput.ts). An event on the window rather than a prop, so each layout that draws the
 * controls signals it without app/ threading a callback through.
 */
const SHORTCUTS_LISTEN = 'tcp-lab:shortcuts-listen';

export function announceShortcutsListen(win: Window): void {
  win.dispatchEvent(new Event(SHORTCUTS_LISTEN));
}

/** Calls `listener` once, the first time the shortcuts listen. */
export function whenShortcutsListen(win: Window, listener: () => void): void {
  win.addEventListener(SHORTCUTS_LISTEN, listener, { once: true });
}
