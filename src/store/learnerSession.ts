import { createSimStore, type SimStore } from './simStore';

/**
 * A learner's long sandbox session, made through the store's own actions as the buttons make it:
 * each call at the end of the story so far (listen, connect, then sends from alternate sides),
 * about four steps per call. For the bench and for tests of long sessions.
 */
export function learnerSession(calls: number): SimStore {
  const store = createSimStore({ mode: 'sandbox' });
  for (let i = 0; i < calls; i++) {
    store.getState().goToEnd();
    if (i === 0) store.getState().sandboxCall('server', 'listen');
    else if (i === 1) store.getState().sandboxCall('client', 'connect');
    else store.getState().sandboxCall(i % 2 ? 'client' : 'server', 'send');
  }
  store.getState().goToEnd();
  return store;
}
