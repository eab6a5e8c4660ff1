import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../engine';
import { EMPTY_SESSION } from '../sandbox';
import { createSimStore, type SimStore } from './simStore';
import { selectSnapshot, selectStepCount, selectTrace } from './traceSelectors';

function sandboxStore(): SimStore {
  const store = createSimStore();
  store.getState().openSandbox();
  return store;
}

/** listen() on the server, connect() on the client: the cursor ends on the connect step (2). */
function connected(): SimStore {
  const store = sandboxStore();
  store.getState().sandboxCall('server', 'listen');
  store.getState().sandboxCall('client', 'connect');
  return store;
}

const states = (store: SimStore) => {
  const snapshot = selectSnapshot(store.getState());
  return { client: snapshot.client.state, server: snapshot.server.state };
};

describe('sim store: sandbox mode', () => {
  it('starts in the guided scenarios; opening the sandbox shows an empty story, leaving it returns', () => {
    const store = createSimStore({ scenario: 'close', cursor: 3 });
    expect(store.getState().mode).toBe('scenario');
    store.getState().openSandbox();
    expect(store.getState()).toMatchObject({ mode: 'sandbox', cursor: 0, sandbox: EMPTY_SESSION });
    expect(selectTrace(store.getState()).scenario).toBe('sandbox');
    expect(selectStepCount(store.getState())).toBe(0);
    store.getState().leaveSandbox();
    expect(store.getState()).toMatchObject({ mode: 'scenario', scenario: 'close', cursor: 0 });
  });

  it('a call appends an action at the cursor and moves the cursor to show it', () => {
    const store = sandboxStore();
    const outcome = store.getState().sandboxCall('server', 'listen');
    expect(outcome).toMatchObject({ kind: 'call', side: 'server', call: 'listen', stepIndex: 0, fork: { changedPast: false } });
    expect(store.getState().cursor).toBe(1);
    expect(states(store)).toEqual({ client: 'CLOSED', server: 'LISTEN' });
    store.getState().sandboxCall('client', 'connect');
    expect(store.getState().cursor).toBe(2);
    expect(states(store)).toEqual({ client: 'SYN-SENT', server: 'LISTEN' });
    expect(store.getState().sandbox.actions).toEqual([
      { side: 'server', call: 'listen', afterStep: 0 },
      { side: 'client', call: 'connect', afterStep: 1 },
    ]);
  });

  it('an illegal call still happens and records the error the RFC prescribes', () => {
    const store = connected();
    store.getState().goToEnd();
    store.getState().sandboxCall('client', 'close');
    store.getState().sandboxCall('client', 'send', 100);
    const trace = selectTrace(store.getState());
    const send = trace.steps[store.getState().cursor - 1];
    expect(send).toMatchObject({ from: 'FIN-WAIT-1', rule: 'send-closing', app: ['error-connection-closing'] });
  });

  it('the trace is memoised: the same session gives the same trace object', () => {
    const store = connected();
    const a = selectTrace(store.getState());
    const b = selectTrace({ ...store.getState(), sandbox: JSON.parse(JSON.stringify(store.getState().sandbox)) });
    expect(b).toBe(a);
  });

  it('acting after stepping back forks: later calls go, and the first time it is explained', () => {
    const store = connected();
    store.getState().goToEnd();
    store.getState().sandboxCall('client', 'send', 100);
    const end = store.getState().cursor;
    store.getState().seek(2);
    const first = store.getState().sandboxCall('client', 'close');
    expect(first).toMatchObject({ kind: 'call', fork: { changedPast: true, firstTime: true, removed: 1, atStep: 2 } });
    expect(store.getState().sandbox.actions.map((a) => a.call)).toEqual(['listen', 'connect', 'close']);
    expect(end).toBeGreaterThan(2);

    store.getState().goToEnd();
    store.getState().seek(1);
    const second = store.getState().sandboxCall('client', 'abort');
    expect(second).toMatchObject({ fork: { changedPast: true, firstTime: false } });
  });

  it('acting at the end of what has been seen is not a fork', () => {
    const store = connected();
    expect(store.getState().sandboxCall('client', 'close')).toMatchObject({ fork: { changedPast: false, removed: 0 } });
  });

  it('drop, delay and duplicate a segment on the wire; the cursor stays, the story ahead changes', () => {
    const store = connected();
    const dropped = store.getState().dropSegment(1);
    expect(dropped).toMatchObject({ kind: 'fate', segmentId: 1, fate: 'lose' });
    expect(store.getState()).toMatchObject({ cursor: 2, selectedSegment: 1 });
    expect(store.getState().sandbox.fates).toEqual([{ segmentId: 1, fate: 'lose', atStep: 2 }]);
    store.getState().stepForward();
    expect(selectTrace(store.getState()).steps[2]?.rule).toBe('retransmit');

    store.getState().seek(2);
    expect(store.getState().delaySegment(1, 500)).toMatchObject({ kind: 'fate', fate: 'delay', delayMs: 500 });
    expect(store.getState().duplicateSegment(1)).toMatchObject({ kind: 'fate', fate: 'duplicate' });
    expect(selectTrace(store.getState()).segments[1]).toMatchObject({ duplicateOf: 1 });
    expect(store.getState().dropSegment(1)).toEqual({ kind: 'refused', segmentId: 1, reason: 'duplicated' });
  });

  it('a segment that already arrived is refused with the reason', () => {
    const store = connected();
    store.getState().goToEnd();
    expect(store.getState().dropSegment(1)).toEqual({ kind: 'refused', segmentId: 1, reason: 'arrived' });
    expect(store.getState().sandbox.fates).toEqual([]);
  });

  it('reset clears the session and Undo brings it back, cursor and selection included', () => {
    const store = connected();
    store.getState().selectSegment(1);
    const before = store.getState().sandbox;
    expect(store.getState().resetSandbox()).toEqual({ kind: 'reset' });
    expect(store.getState()).toMatchObject({ sandbox: EMPTY_SESSION, cursor: 0, selectedSegment: null });
    expect(store.getState().undoSandbox()).toEqual({ kind: 'undone' });
    expect(store.getState()).toMatchObject({ sandbox: before, cursor: 2, selectedSegment: 1 });
    // Every call can be undone too, one at a time, back to the empty sandbox.
    expect(store.getState().undoSandbox()).toEqual({ kind: 'undone' });
    expect(store.getState().sandbox.actions).toHaveLength(1);
    store.getState().undoSandbox();
    expect(store.getState().undoSandbox()).toEqual({ kind: 'nothing-to-undo' });
  });

  it('presets start a class at a useful moment', () => {
    const store = createSimStore();
    expect(store.getState().loadSandboxPreset('listening')).toEqual({ kind: 'preset', preset: 'listening' });
    expect(store.getState().mode).toBe('sandbox');
    expect(states(store)).toEqual({ client: 'CLOSED', server: 'LISTEN' });
    store.getState().loadSandboxPreset('established');
    expect(states(store)).toEqual({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
    expect(store.getState().cursor).toBe(selectStepCount(store.getState()));
    store.getState().loadSandboxPreset('empty');
    expect(store.getState().sandbox).toEqual(EMPTY_SESSION);
    store.getState().undoSandbox();
    expect(states(store)).toEqual({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
  });

  it('sandbox actions do nothing while a guided scenario is showing', () => {
    const store = createSimStore();
    expect(store.getState().sandboxCall('client', 'connect')).toEqual({ kind: 'not-sandbox' });
    expect(store.getState().dropSegment(1)).toEqual({ kind: 'not-sandbox' });
    expect(store.getState().sandbox).toBe(EMPTY_SESSION);
  });

  it('picking a scenario leaves the sandbox but keeps the session for later', () => {
    const store = connected();
    const session = store.getState().sandbox;
    store.getState().loadScenario('close');
    expect(store.getState()).toMatchObject({ mode: 'scenario', scenario: 'close', sandbox: session });
    store.getState().openSandbox();
    expect(store.getState().cursor).toBe(selectStepCount(store.getState()));
  });

  it('new options re-check the session and name what no longer fits', () => {
    const store = connected();
    // The SYN held up 950 ms: at 100 ms latency it lands after the 1 s RTO, so the client
    // retransmits and the story is longer; at 10 ms it lands first and the story is shorter.
    store.getState().delaySegment(1, 950);
    store.getState().goToEnd();
    const end = store.getState().cursor;
    store.getState().sandboxCall('client', 'close');
    expect(store.getState().sandbox.actions.at(-1)).toMatchObject({ call: 'close', afterStep: end });
    store.getState().setOptions({ latencyMs: 10 });
    expect(store.getState().options).toEqual({ ...DEFAULT_OPTIONS, latencyMs: 10 });
    expect(store.getState().sandbox.actions.map((a) => a.call)).toEqual(['listen', 'connect']);
    expect(store.getState().sandbox.fates).toHaveLength(1);
    expect(store.getState().notice).toEqual({ key: 'sandbox.notice.optionsDropped', params: { parts: `“c.close.${end}”` } });
    expect(store.getState().cursor).toBeLessThanOrEqual(selectStepCount(store.getState()));
  });
});
