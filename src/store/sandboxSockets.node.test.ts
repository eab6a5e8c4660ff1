/**
 * The sandbox offers the socket layer's calls (issue 11 §2): a second connection on the same
 * listener, read(), shutdown(SHUT_RD), a crash; and its links carry them.
 */
import { describe, expect, it } from 'vitest';
import { readLink, writeLink } from './deepLink';
import { encodeAction, parseAction } from '../sandbox';
import { createSimStore, type SimStore } from './simStore';
import { selectSnapshot, selectTrace } from './traceSelectors';

/** listen(), connect(), and the handshake played out. */
function connected(): SimStore {
  const store = createSimStore();
  store.getState().openSandbox();
  store.getState().sandboxCall('server', 'listen');
  store.getState().sandboxCall('client', 'connect');
  store.getState().goToEnd();
  return store;
}

describe('sandbox: the socket calls', () => {
  it('opens a second connection on the same listener after the first one ends', () => {
    const store = connected();
    store.getState().sandboxCall('client', 'abort');
    store.getState().goToEnd();
    expect(selectSnapshot(store.getState()).server).toMatchObject({ state: 'CLOSED', listening: true, connection: 0 });
    store.getState().sandboxCall('client', 'connect');
    store.getState().goToEnd();
    expect(selectSnapshot(store.getState()).server).toMatchObject({ state: 'ESTABLISHED', listening: true, connection: 1 });
    expect(selectTrace(store.getState()).connections).toHaveLength(2);
  });

  it('read(), shutdown(SHUT_RD) and a crash are calls like the others, and survive the link', () => {
    const store = connected();
    for (const call of ['read', 'shutrd', 'crash'] as const) {
      expect(store.getState().sandboxCall('server', call)).toMatchObject({ kind: 'call', call });
    }
    const steps = selectTrace(store.getState())
      .steps.slice(-3)
      .map((s) => s.rule);
    expect(steps).toEqual(['read-would-block', 'shutdown-read', 'host-crash']);
    const state = store.getState();
    const reading = readLink(writeLink(state));
    expect(reading.notice).toBeNull();
    expect(selectTrace({ ...state, ...reading.inputs })).toEqual(selectTrace(state));
  });

  it('link tokens of the new calls round-trip, and damaged ones are refused, not guessed', () => {
    for (const call of ['read', 'shutrd', 'crash'] as const) {
      const token = encodeAction({ side: 'client', call, afterStep: 7 });
      expect(token).toBe(`c.${call}.7`);
      expect(parseAction(token)).toMatchObject({ side: 'client', call, afterStep: 7 });
    }
    for (const bad of ['c.read100.2', 'c.shut_rd.1', 's.crash-.3', 'c.shutrd.-1', 'x.read.1']) {
      expect({ bad, parsed: parseAction(bad) }).toEqual({ bad, parsed: null });
    }
  });
});
