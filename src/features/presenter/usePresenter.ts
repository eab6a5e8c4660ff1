import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { useSim, useSimStore, type SimStore } from '../../store';
import { presenterSession, type PresenterSessionStore } from './presenterSession';
import { notesUrl, PRESENTER_CHANNEL } from './windowRole';

/** What presenter mode offers the rest of the page (the shape the controls' PresenterHooks expect). */
export interface Presenter {
  readonly presenting: boolean;
  readonly blank: boolean;
  readonly toggle: () => void;
  readonly enter: () => void;
  readonly leave: () => void;
  readonly toggleBlank: () => void;
  readonly isBlank: () => boolean;
  /** Opens (or brings forward) the speaker notes window; false when the browser blocked it. */
  readonly openNotes: () => boolean;
  /** For the keys: true while presenting (Space steps, B blanks, Escape leaves). */
  readonly slideMode: () => boolean;
  /** True once after leaving presenter mode: the caller (the Present button, drawn anew) takes the focus. */
  readonly takeReturningFocus: () => boolean;
}

const NOTES_WINDOW_NAME = 'tcp-lab-speaker-notes';

/** Fullscreen when the browser allows it (a user gesture, no iframe policy against it); silently not otherwise. */
function requestFullscreen(doc: Document): boolean {
  const root = doc.documentElement;
  if (!doc.fullscreenEnabled || doc.fullscreenElement || typeof root.requestFullscreen !== 'function') return false;
  root.requestFullscreen().catch(() => undefined);
  return true;
}

function exitFullscreen(doc: Document): void {
  if (doc.fullscreenElement) doc.exitFullscreen().catch(() => undefined);
}

type PresenterActions = Omit<Presenter, 'presenting' | 'blank'> & { readonly onFullscreenChange: () => void };

function presenterActions(store: SimStore, session: PresenterSessionStore, doc: Document, win: Window): PresenterActions {
  let wentFullscreen = false;
  const enter = () => {
    if (store.getState().presenting) return;
    wentFullscreen = requestFullscreen(doc);
    store.getState().setPresenting(true);
  };
  const leave = () => {
    if (wentFullscreen) exitFullscreen(doc);
    wentFullscreen = false;
    session.setState({ blank: false, focusReturns: true });
    store.getState().setPresenting(false);
  };
  return {
    // Leaving fullscreen (the browser's own Esc, which the page never sees) leaves presenter mode too.
    onFullscreenChange: () => {
      if (!doc.fullscreenElement && wentFullscreen && store.getState().presenting) leave();
    },
    enter,
    leave,
    toggle: () => (store.getState().presenting ? leave() : enter()),
    toggleBlank: () => session.setState({ blank: !session.getState().blank }),
    isBlank: () => session.getState().blank,
    slideMode: () => store.getState().presenting,
    takeReturningFocus: () => {
      const returns = session.getState().focusReturns;
      if (returns) session.setState({ focusReturns: false });
      return returns;
    },
    openNotes: () => {
      session.setState({ notesOpened: true });
      const opened = win.open(notesUrl(win.location, store.getState()), NOTES_WINDOW_NAME, 'popup,width=1100,height=760');
      opened?.focus();
      return opened !== null;
    },
  };
}

/**
 * Presenter mode for the main window: entering and leaving (with fullscreen), blanking, the
 * timer started with it, and the channel to the speaker notes while it matters (presenting, or a
 * notes window was opened from here) — two ordinary tabs of the app never steer each other.
 */
export function usePresenter(): Presenter {
  const store = useSimStore();
  const presenting = useSim((s) => s.presenting);
  const blank = useStore(presenterSession, (s) => s.blank);
  const notesOpened = useStore(presenterSession, (s) => s.notesOpened);
  // Through globalThis: the build's prerender has no document or window, and only the actions'
  // callbacks (which never run there) use them.
  const actions = useMemo(() => presenterActions(store, presenterSession, globalThis.document, globalThis.window), [store]);

  useEffect(() => {
    if (!presenting) return;
    const startedAt = Date.now();
    // The timer's code comes with presenter mode, not with the page (issue 8: first-paint JS).
    void import('./presenterTimer').then(({ startTimer }) => {
      if (!presenterSession.getState().timer) presenterSession.setState({ timer: startTimer(startedAt) });
    });
  }, [presenting]);

  useEffect(() => {
    document.addEventListener('fullscreenchange', actions.onFullscreenChange);
    return () => document.removeEventListener('fullscreenchange', actions.onFullscreenChange);
  }, [actions]);

  usePresenterChannel(store, presenting || notesOpened, false);
  return useMemo(() => ({ ...actions, presenting, blank }), [actions, presenting, blank]);
}

/**
 * The channel to the other presenter window, while `active`; `greet` for the window that joins.
 * The syncing code loads when it is first needed (issue 8: first-paint JS), and the channel opens
 * with it. The window that presents asks for it when the notes window is opened, which must load
 * the app and that same code before it greets, so the greeting finds it listening.
 */
export function usePresenterChannel(store: SimStore, active: boolean, greet: boolean): void {
  useEffect(() => {
    if (!active || typeof BroadcastChannel === 'undefined') return;
    let stop: (() => void) | null = null;
    let ended = false;
    void import('./presenterSync').then(({ startPresenterSync }) => {
      if (ended) return;
      const channel = new BroadcastChannel(PRESENTER_CHANNEL);
      const stopSync = startPresenterSync(store, presenterSession, channel, greet);
      stop = () => {
        stopSync();
        channel.close();
      };
    });
    return () => {
      ended = true;
      stop?.();
    };
  }, [store, active, greet]);
}
