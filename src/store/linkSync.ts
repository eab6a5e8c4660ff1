import { readLink, whenLinkReadable, writeLink } from './deepLink';
import { sessionsEqual } from '../sandbox';
import type { SimInputs } from './simInputs';
import type { SimState, SimStore } from './simStore';

/** What a link holds: a change to any of these is a new link. */
const LINK_FIELDS = ['mode', 'scenario', 'sandbox', 'capture', 'options', 'cursor', 'seqMode', 'locale', 'presenting', 'embed'] as const;
const linkChanged = (state: SimState, prev: SimState) => LINK_FIELDS.some((field) => state[field] !== prev[field]);

/**
 * How long the moment must stay put before the address bar is rewritten, ms. The link only has
 * to be right when someone copies, reloads or leaves it (those write at once); replaceState on
 * every step cost up to hundreds of ms on a busy machine (issue 8), and while playing the
 * moment never stays put, so nothing is written until it stops.
 */
export const LINK_IDLE_MS = 300;

/** Every running sync's "write now", for flushLink. */
const pendingWriters = new Set<() => void>();

/** Writes a pending link at once: call before reading location (the Copy link button). */
export function flushLink(): void {
  for (const flush of pendingWriters) flush();
}

/**
 * Keeps location.hash in step with the store, once the moment has stayed put for LINK_IDLE_MS and
 * the browser is idle (and at once on flushLink, and when the page is hidden or left). Uses
 * replaceState, so stepping through a scenario does not bury the Back button under one history
 * entry per step. A hash edited by hand (or a pasted link in the same tab) is applied, paused.
 * Returns a function that stops syncing.
 */
export function startLinkSync(store: SimStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    if (idle !== null) win.cancelIdleCallback(idle);
    timer = idle = null;
  };
  const write = () => {
    cancel();
    const state = store.getState();
    // A capture cannot travel in a link: the address names no moment rather than a wrong one.
    if (state.mode === 'capture') {
      if (win.location.hash !== '') win.history.replaceState(win.history.state, '', win.location.pathname + win.location.search);
      return;
    }
    const hash = writeLink(state);
    if (win.location.hash !== hash) win.history.replaceState(win.history.state, '', hash);
  };
  // Once the moment has stayed put, in the browser's idle time where it has one: a timer's task
  // could fall in the middle of a glide and take one of its frames (issue 8).
  const writeWhenIdle = () => {
    timer = null;
    if (typeof win.requestIdleCallback === 'function') idle = win.requestIdleCallback(write, { timeout: LINK_IDLE_MS });
    else write();
  };
  const flush = () => {
    if (timer !== null || idle !== null) write();
  };
  const onHidden = () => {
    if (win.document.visibilityState === 'hidden') flush();
  };
  write();

  // A step only notes when the moment last changed; the one timer, when it fires early, waits out
  // the rest. Clearing and setting a timer on every step was a tenth of a millisecond of the
  // step's key task (issue 8).
  let changedAt = 0;
  const writeOnceStill = () => {
    const still = Date.now() - changedAt;
    if (still >= 0 && still < LINK_IDLE_MS) timer = setTimeout(writeOnceStill, LINK_IDLE_MS - still);
    else writeWhenIdle();
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (!linkChanged(state, prev)) return;
    changedAt = Date.now();
    if (idle !== null) cancel();
    if (timer === null) timer = setTimeout(writeOnceStill, LINK_IDLE_MS);
  });

  const onHashChange = () => {
    // An in-page anchor (the "skip to playback controls" link) is navigation, not a link of ours:
    // let the browser move focus, then put the moment back in the address bar.
    if (namesAnElement(win)) return write();
    const hash = win.location.hash;
    const apply = () => {
      applyLink(store, hash);
      write();
    };
    // Reading a link's moment needs the engine, which the prerendered page fetches after it answers.
    whenLinkReadable(hash, apply, write);
  };
  win.addEventListener('hashchange', onHashChange);
  // A reload, a closed tab, a switch to another app: the address must hold the moment by then.
  win.addEventListener('pagehide', flush);
  win.addEventListener('beforeunload', flush);
  win.document.addEventListener('visibilitychange', onHidden);
  pendingWriters.add(flush);

  return () => {
    unsubscribe();
    cancel();
    pendingWriters.delete(flush);
    win.removeEventListener('hashchange', onHashChange);
    win.removeEventListener('pagehide', flush);
    win.removeEventListener('beforeunload', flush);
    win.document.removeEventListener('visibilitychange', onHidden);
  };
}

/** A link pasted or edited by hand in this tab: its moment, paused, with any notice it brings. */
function applyLink(store: SimStore, hash: string): void {
  const { inputs, locale, notice } = readLink(hash);
  const state = store.getState();
  const patch: Partial<SimInputs> = { ...inputs };
  // A scenario link does not spell out its mode; an empty one keeps the current view.
  if (Object.keys(inputs).length > 0 && inputs.mode === undefined) patch.mode = 'scenario';
  // Nor whether it is embedded: a link without embed=1 shows the whole app.
  if (Object.keys(inputs).length > 0 && inputs.embed === undefined) patch.embed = null;
  // A pasted link replacing the learner's own session: Undo (in the sandbox panel) brings it back.
  if (inputs.sandbox && !sessionsEqual(inputs.sandbox, state.sandbox) && state.sandbox.actions.length + state.sandbox.fates.length > 0) {
    patch.sandboxUndo = [...state.sandboxUndo, { session: state.sandbox, cursor: state.cursor, selectedSegment: state.selectedSegment }];
  }
  if (inputs.sandbox) patch.sandboxFurthest = inputs.cursor ?? 0;
  store.setState({ ...patch, ...(locale ? { locale } : {}), playing: false, ...(notice ? { notice } : {}) });
}

/** True when the hash is a bare fragment (no key=value) that is the id of an element on the page. */
function namesAnElement(win: Window): boolean {
  const fragment = win.location.hash.slice(1);
  return /^[A-Za-z][\w-]*$/.test(fragment) && win.document.getElementById(fragment) !== null;
}
