import { afterEach, describe, expect, it } from 'vitest';
import { flushLink, startLinkSync } from './linkSync';
import { createSimStore } from './simStore';

// A .tsx test so it runs in the jsdom project (it needs window.location and history).
describe('link sync: sandbox', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    history.replaceState(null, '', '#');
  });

  it('every call and fate goes into the hash', () => {
    const store = createSimStore();
    stop = startLinkSync(store);
    store.getState().openSandbox();
    flushLink();
    expect(location.hash).toBe('#mode=sandbox&step=0&lang=en&seq=rel');
    store.getState().sandboxCall('server', 'listen');
    store.getState().sandboxCall('client', 'connect');
    store.getState().dropSegment(1);
    flushLink();
    expect(location.hash).toBe('#mode=sandbox&a=s.listen.0,c.connect.1&f=1.lose.2&step=2&lang=en&seq=rel');
  });

  it('a pasted scenario link leaves the sandbox; a pasted sandbox link can be undone', () => {
    const store = createSimStore();
    stop = startLinkSync(store);
    store.getState().loadSandboxPreset('listening');
    location.hash = '#s=close&step=3';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState()).toMatchObject({ mode: 'scenario', scenario: 'close', cursor: 3 });

    location.hash = '#mode=sandbox&a=c.connect.0&step=1';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState()).toMatchObject({ mode: 'sandbox', cursor: 1 });
    expect(store.getState().sandbox.actions).toEqual([{ side: 'client', call: 'connect', afterStep: 0 }]);
    store.getState().undoSandbox();
    expect(store.getState().sandbox.actions).toEqual([{ side: 'server', call: 'listen', afterStep: 0 }]);
  });
});
