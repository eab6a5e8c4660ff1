/**
 * How much simulating a sandbox link and a large session cost, counted in engine steps (never in
 * time): replaying a link is one run of the session, not one per token (issue 10 item 1), and a
 * click, Undo or reopening the sandbox at 400 actions simulates the session at most once (item 10),
 * and a call at the end, even after Undo, only its own new steps.
 * A link longer than any session can be is cut before any work, and the notice says where (item 4).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario, SimOptions } from '../engine';

const work = vi.hoisted(() => ({ steps: 0 }));

vi.mock('../sandbox/simulate', async (importOriginal) => {
  const real = await importOriginal<typeof import('../sandbox/simulate')>();
  return {
    ...real,
    simulate: (scenario: Scenario, options: SimOptions) => {
      const trace = real.simulate(scenario, options);
      work.steps += trace.steps.length;
      return trace;
    },
    createSimulation: (scenario: Scenario, options: SimOptions) => real.createSimulation(scenario, options, () => work.steps++),
  };
});

// The test setup loaded the engine before this file's mock existed: load it again, counted.
vi.resetModules();
await (await import('./engineArrival')).loadSandboxParts();
const { readLink } = await import('./deepLink');
const { MAX_LINK_TOKENS } = await import('../sandbox');
const { createSimStore } = await import('./simStore');
const { selectStepCount, selectTrace } = await import('./traceSelectors');

const link = (...tokens: string[]) => `#mode=sandbox&a=${['s.listen.0', 'c.connect.1', ...tokens].join(',')}`;

beforeEach(() => {
  work.steps = 0;
});

describe('work done for a sandbox link', () => {
  it('498 sends: the session is simulated once (its steps), not once per token', () => {
    const reading = readLink(link(...Array<string>(498).fill('c.send')));
    expect(reading.notice).toBeNull();
    const steps = selectStepCount({ ...reading.inputs, scenario: 'handshake', options: reading.inputs.options! });
    expect(steps).toBeGreaterThan(500);
    expect(work.steps).toBe(steps);
  });

  it('40 sends of 65535 bytes: one run, which stops at the engine cap', () => {
    const reading = readLink(link(...Array<string>(40).fill('c.send65535')));
    expect(reading.notice).toBeNull();
    expect(work.steps).toBeLessThanOrEqual(2000);
  });

  it('a link longer than any session: the tokens past the cap are not read, and the notice says how many and from where', () => {
    const sends = Array.from({ length: 9998 }, (_, i) => `c.send.${i + 2}`);
    const reading = readLink(link(...sends));
    expect(reading.notice).toEqual({
      key: 'sandbox.notice.linkTooLong',
      params: { max: MAX_LINK_TOKENS, count: 10_000 - MAX_LINK_TOKENS, parts: `“c.send.${MAX_LINK_TOKENS}”` },
    });
    expect(reading.inputs.sandbox?.actions).toHaveLength(MAX_LINK_TOKENS);
    expect(work.steps).toBeLessThanOrEqual(2000);
  });
});

describe('work done by the buttons in a 400-action session', () => {
  /** 400 calls made at the end of the story each time, as a learner would; read from a link to set up fast. */
  function bigSession() {
    const sends = Array.from({ length: 398 }, (_, i) => (i % 2 ? 's.send' : 'c.send'));
    const reading = readLink(link(...sends));
    const store = createSimStore({ ...reading.inputs, cursor: 0 });
    store.getState().goToEnd();
    selectTrace(store.getState());
    work.steps = 0;
    return store;
  }

  it('a call at the end simulates only its new steps; Undo and reopening the sandbox simulate nothing', () => {
    const store = bigSession();
    const steps = selectStepCount(store.getState());

    // A call at the end continues the run that made the story: only the new steps are simulated,
    // once, by the action; the view then reads that trace.
    store.getState().sandboxCall('client', 'send');
    const afterCall = selectStepCount(store.getState());
    expect(afterCall).toBeGreaterThan(steps);
    expect(work.steps).toBe(afterCall - steps);

    // Undo and reopening go back to sessions whose traces were already made.
    work.steps = 0;
    expect(store.getState().undoSandbox()).toEqual({ kind: 'undone' });
    selectTrace(store.getState());
    store.getState().leaveSandbox();
    selectTrace(store.getState());
    store.getState().openSandbox();
    selectTrace(store.getState());
    expect(work.steps).toBe(0);
  });

  it('after Undo, a call at the end again simulates only its new steps (the undone story kept its run)', () => {
    const store = bigSession();
    const steps = selectStepCount(store.getState());
    store.getState().sandboxCall('client', 'send');
    store.getState().undoSandbox();
    store.getState().leaveSandbox();
    store.getState().openSandbox();
    work.steps = 0;
    store.getState().sandboxCall('server', 'send');
    const afterCall = selectStepCount(store.getState());
    expect(afterCall).toBeGreaterThan(steps);
    expect(work.steps).toBe(afterCall - steps);
  });

  it('a call before the end (a fork) simulates the session once', () => {
    const store = bigSession();
    const steps = selectStepCount(store.getState());
    store.getState().seek(steps - 10);
    store.getState().sandboxCall('server', 'send');
    expect(work.steps).toBe(selectStepCount(store.getState()));
  });

  it('dropping a segment simulates the session once', () => {
    const store = bigSession();
    const steps = selectStepCount(store.getState());
    store.getState().seek(steps - 3);
    const trace = selectTrace(store.getState());
    const cursor = store.getState().cursor;
    const flying = trace.segments.find((s) => s.sentStep < cursor && (s.arrivalStep ?? Infinity) >= cursor);
    work.steps = 0;
    expect(store.getState().dropSegment(flying?.id ?? -1)).toMatchObject({ kind: 'fate', fate: 'lose' });
    const applied = work.steps;
    expect(applied).toBe(selectStepCount(store.getState()));
  });
});
