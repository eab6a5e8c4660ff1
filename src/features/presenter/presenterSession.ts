import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PresenterTimer } from './presenterTimer';

/**
 * What presenter mode keeps beside the simulation store, for this window only: whether the
 * screen is blanked, the lesson's timer (shared with the speaker notes through the channel), and
 * whether a speaker notes window was opened from here (then this window keeps it in step).
 * Not in the link: a shared moment does not carry a blank screen or a running clock.
 */
export interface PresenterSession {
  readonly blank: boolean;
  readonly timer: PresenterTimer | null;
  readonly notesOpened: boolean;
  /** Presenter mode was just left: the way back in takes the focus when the study layout is drawn. */
  readonly focusReturns: boolean;
}

export type PresenterSessionStore = StoreApi<PresenterSession>;

export function createPresenterSession(): PresenterSessionStore {
  return createStore<PresenterSession>()(() => ({ blank: false, timer: null, notesOpened: false, focusReturns: false }));
}

/** This window's session. */
export const presenterSession: PresenterSessionStore = createPresenterSession();
