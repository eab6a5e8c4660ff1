import { readLink, writeLink } from './deepLink';
import type { SimState, SimStore } from './simStore';

const linkFields = (s: SimState) => [s.scenario, s.options, s.cursor, s.seqMode, s.locale] as const;

/**
 * Keeps location.hash in step with the store. Uses replaceState, so stepping through a scenario
 * does not bury the Back button under one history entry per step. A hash edited by hand (or a
 * pasted link in the same tab) is applied, paused. Returns a function that stops syncing.
 */
export function startLinkSync(store: SimStore, win: Window = window): () => void {
  const write = (state: SimState) => {
    const hash = writeLink(state);
    if (win.location.hash !== hash) win.history.replaceState(win.history.state, '', hash);
  };
  write(store.getState());

  const unsubscribe = store.subscribe((state, prev) => {
    const now = linkFields(state);
    const before = linkFields(prev);
    if (now.some((value, i) => value !== before[i])) write(state);
  });

  const onHashChange = () => {
    const { inputs, locale, notice } = readLink(win.location.hash);
    store.setState({ ...inputs, ...(locale ? { locale } : {}), playing: false, ...(notice ? { notice } : {}) });
    write(store.getState());
  };
  win.addEventListener('hashchange', onHashChange);

  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
}
