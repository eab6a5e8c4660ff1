/**
 * The store before the engine has arrived (issue 8: the prerendered page's first-paint JS). The
 * page carries its first screen's trace; the store's selectors answer with it for exactly the
 * inputs it was made from, every step control works meanwhile, and an action that needs another
 * trace waits for the engine and then happens, in the order the learner acted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario, type Trace } from '../engine';

type Store = typeof import('./index');

/** A page's trace as it reaches the browser: JSON, not the engine's own objects. */
const pageTrace = (): Trace => JSON.parse(JSON.stringify(simulateScenario('handshake', DEFAULT_OPTIONS))) as Trace;

/** The store's modules afresh, as a page that has not fetched the engine; `arrive` lets it in. */
async function pageWithoutEngine(network = { online: true }): Promise<{ store: Store; arrive: () => void }> {
  vi.resetModules();
  let arrive = () => {};
  const held = new Promise<void>((resolve) => (arrive = resolve));
  vi.doMock('./engineParts', async (importOriginal) => {
    await held;
    if (!network.online) throw new Error('offline');
    return importOriginal();
  });
  return { store: await import('./index'), arrive };
}

afterEach(() => {
  vi.doUnmock('./engineParts');
});

describe('the store before the engine has arrived', () => {
  it('draws the page’s trace for exactly the inputs it was made from, and no other', async () => {
    const { store } = await pageWithoutEngine();
    const trace = pageTrace();
    expect(store.adoptPrerenderedTrace({ scenario: 'handshake', options: DEFAULT_OPTIONS, trace })).toBe(true);
    const sim = store.createSimStore();
    expect(store.traceReady(sim.getState())).toBe(true);
    expect(store.selectTrace(sim.getState())).toBe(trace);
    expect(store.selectStepCount(sim.getState())).toBe(trace.steps.length);

    expect(store.traceReady({ scenario: 'close', options: DEFAULT_OPTIONS })).toBe(false);
    expect(store.traceReady({ scenario: 'handshake', options: { ...DEFAULT_OPTIONS, latencyMs: 200 } })).toBe(false);
    expect(() => store.selectTrace({ scenario: 'close', options: DEFAULT_OPTIONS })).toThrow(/not arrived/);
  });

  it('takes nothing that is not such a trace (a damaged page then waits for the engine)', async () => {
    const { store } = await pageWithoutEngine();
    for (const damaged of [
      null,
      'x',
      {},
      { scenario: 'nope', options: {}, trace: { steps: [], segments: [] } },
      { scenario: 'handshake', options: {}, trace: {} },
    ]) {
      expect(store.adoptPrerenderedTrace(damaged)).toBe(false);
    }
    expect(store.traceReady(store.createSimStore().getState())).toBe(false);
  });

  it('steps, plays and changes speed at once; a scenario chosen meanwhile waits for the engine, then happens, with the steps after it', async () => {
    const { store, arrive } = await pageWithoutEngine();
    store.adoptPrerenderedTrace({ scenario: 'handshake', options: DEFAULT_OPTIONS, trace: pageTrace() });
    const sim = store.createSimStore();
    const actions = sim.getState();

    actions.stepForward();
    actions.stepForward();
    actions.stepBack();
    actions.setSpeed(2);
    actions.goToEnd();
    expect(sim.getState()).toMatchObject({ cursor: store.selectStepCount(sim.getState()), speed: 2 });
    actions.goToStart();
    actions.loadScenario('handshake'); // its trace is here: no wait
    expect(sim.getState().cursor).toBe(0);

    actions.loadScenario('close');
    actions.stepForward();
    expect(sim.getState()).toMatchObject({ scenario: 'handshake', cursor: 0 });

    arrive();
    await vi.waitFor(() => expect(sim.getState()).toMatchObject({ scenario: 'close', cursor: 1 }));
    expect(store.selectTrace(sim.getState())).toStrictEqual(simulateScenario('close', DEFAULT_OPTIONS));
    // Once in, every action runs at once again.
    sim.getState().stepForward();
    expect(sim.getState().cursor).toBe(2);
  });

  it('keeps the page’s trace object once the engine is in, so nothing drawn from it draws again', async () => {
    const { store, arrive } = await pageWithoutEngine();
    const trace = pageTrace();
    store.adoptPrerenderedTrace({ scenario: 'handshake', options: DEFAULT_OPTIONS, trace });
    arrive();
    await store.loadEngine();
    expect(store.selectTrace({ scenario: 'handshake', options: DEFAULT_OPTIONS })).toBe(trace);
    expect(store.traceReady({ scenario: 'close', options: DEFAULT_OPTIONS })).toBe(true);
  });

  it('an engine that cannot be fetched is one fault, said once, not a notice per action; the steps still work', async () => {
    const { store, arrive } = await pageWithoutEngine({ online: false });
    store.adoptPrerenderedTrace({ scenario: 'handshake', options: DEFAULT_OPTIONS, trace: pageTrace() });
    const sim = store.createSimStore();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    sim.getState().setOptions({ latencyMs: 300 });
    arrive();
    await vi.waitFor(() => expect(store.fetchFault()).toBe('missing'));
    expect(sim.getState().options).toStrictEqual(DEFAULT_OPTIONS);
    sim.getState().loadScenario('close');
    await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(2));
    expect(store.fetchFault()).toBe('missing');
    expect(sim.getState().notice).toBeNull();
    sim.getState().stepForward();
    expect(sim.getState()).toMatchObject({ scenario: 'handshake', cursor: 1 });
    errors.mockRestore();
  });

  it('Try again fetches the engine: still offline it says so again; online the fault goes, the step stays and other scenarios open', async () => {
    const network = { online: false };
    const { store, arrive } = await pageWithoutEngine(network);
    store.adoptPrerenderedTrace({ scenario: 'handshake', options: DEFAULT_OPTIONS, trace: pageTrace() });
    const sim = store.createSimStore();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    arrive();
    await expect(store.loadEngine()).rejects.toThrow();
    sim.getState().stepForward();
    sim.getState().stepForward();

    await store.retryFailedFetches();
    expect(store.fetchFault()).toBe('still-missing');
    expect(store.arrivedEngine()).toBeNull();

    network.online = true;
    await store.retryFailedFetches();
    expect(store.fetchFault()).toBe('none');
    expect(store.arrivedEngine()).not.toBeNull();
    expect(sim.getState()).toMatchObject({ scenario: 'handshake', cursor: 2 });
    sim.getState().loadScenario('close');
    expect(sim.getState()).toMatchObject({ scenario: 'close', cursor: 0 });
    errors.mockRestore();
  });
});
