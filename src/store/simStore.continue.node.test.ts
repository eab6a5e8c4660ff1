import { describe, expect, it } from 'vitest';
import { createSimStore } from './simStore';

// The store's side of continuing a guided scenario in the sandbox (src/sandbox/fork.node.test.ts
// checks the session it makes).
describe('continue a guided scenario in the sandbox', () => {
  it('the store switches to the sandbox at the same step, and keeps an earlier session for Undo', () => {
    const store = createSimStore();
    store.getState().openSandbox();
    store.getState().sandboxCall('server', 'listen');
    const earlier = store.getState().sandbox;
    store.getState().loadScenario('syn-ack-lost');
    store.getState().seek(5);
    expect(store.getState().continueInSandbox()).toBe(true);
    const state = store.getState();
    expect(state.mode).toBe('sandbox');
    expect(state.cursor).toBe(5);
    expect(state.notice).toEqual({ key: 'sandbox.notice.continuedReplaced', params: { k: 5 } });
    store.getState().stepForward();
    expect(store.getState().cursor).toBe(6);
    store.getState().undoSandbox();
    expect(store.getState().sandbox).toEqual(earlier);
  });

  it('the store says no, and changes nothing, where the scenario cannot continue in the sandbox', () => {
    const store = createSimStore();
    store.getState().loadScenario('syn-flood');
    store.getState().seek(3);
    expect(store.getState().continueInSandbox()).toBe(false);
    expect(store.getState()).toMatchObject({ mode: 'scenario', scenario: 'syn-flood', cursor: 3 });
  });
});
