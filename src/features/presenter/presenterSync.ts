import { readLink, type SimInputs, type SimStore } from '../../store';
import type { PresenterSessionStore } from './presenterSession';
import { isPresenterTimer, type PresenterTimer } from './presenterTimer';
import { momentLink } from './windowRole';

/**
 * Loaded only once a window presents or has opened (or is) the speaker notes (usePresenter.ts):
 * most visits never present, so its code is not in the first-paint JS (issue 8).
 */

/**
 * What the windows tell each other. `moment` is a link (deepLink.ts): the one format that already
 * says everything a step on screen depends on, and whose reader never trusts what it is given.
 */
type PresenterMessage =
  | { readonly kind: 'moment'; readonly link: string }
  | { readonly kind: 'timer'; readonly timer: PresenterTimer | null }
  | { readonly kind: 'hello' };

/** The part of BroadcastChannel this uses, so tests can pass their own. */
export interface MessagePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** A link from the other window, as inputs for this one: paused, and this window's layout kept. */
function momentPatch(link: string): Partial<SimInputs> | null {
  const { inputs, locale } = readLink(link);
  if (Object.keys(inputs).length === 0) return null;
  const { presenting: _ignored, ...rest } = inputs;
  return { ...rest, mode: inputs.mode ?? 'scenario', ...(locale ? { locale } : {}), playing: false, selectedSegment: null };
}

function parseMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.kind === 'hello') return { kind: 'hello' };
  if (message.kind === 'moment' && typeof message.link === 'string' && message.link.length < 20_000)
    return { kind: 'moment', link: message.link };
  if (message.kind === 'timer' && (message.timer === null || isPresenterTimer(message.timer))) {
    return { kind: 'timer', timer: message.timer };
  }
  return null;
}

/**
 * Keeps this window's step (and scenario, language, options) and the lesson timer in step with
 * the other presenter window. Each window can drive: a change made here is posted; one that
 * arrives is applied and not posted back, so a quick run of steps in one window is never pulled
 * back by the echo of an older one. A newcomer (the notes window) says hello and is sent the
 * current moment and timer; the window that presents sends them as it starts too, in case the
 * hello came first. Returns a function that stops syncing.
 */
export function startPresenterSync(store: SimStore, session: PresenterSessionStore, port: MessagePort, greet: boolean): () => void {
  let applying = false;
  const post = (message: PresenterMessage) => {
    if (!applying) port.postMessage(message);
  };
  const sendMoment = () => post({ kind: 'moment', link: momentLink(store.getState()) });
  const sendTimer = () => post({ kind: 'timer', timer: session.getState().timer });

  const stopStore = store.subscribe((state, prev) => {
    if (momentLink(state) !== momentLink(prev)) sendMoment();
  });
  const stopSession = session.subscribe((state, prev) => {
    if (state.timer !== prev.timer) sendTimer();
  });

  const onMessage = (event: MessageEvent) => {
    const message = parseMessage(event.data);
    if (!message) return;
    applying = true;
    try {
      if (message.kind === 'moment') {
        const patch = message.link === momentLink(store.getState()) ? null : momentPatch(message.link);
        if (patch) store.setState(patch);
      } else if (message.kind === 'timer') {
        session.setState({ timer: message.timer });
      }
    } finally {
      applying = false;
    }
    if (message.kind === 'hello') {
      sendMoment();
      if (session.getState().timer) sendTimer();
    }
  };
  port.addEventListener('message', onMessage);
  if (greet) port.postMessage({ kind: 'hello' } satisfies PresenterMessage);
  else {
    // The other side's hello may have come before this window listened (this code loads when
    // first needed): say where this window is anyway.
    sendMoment();
    if (session.getState().timer) sendTimer();
  }

  return () => {
    stopStore();
    stopSession();
    port.removeEventListener('message', onMessage);
  };
}
