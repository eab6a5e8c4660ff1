/**
 * A sandbox session survives its own link (issue 10 item 3): whatever the learner builds with
 * the panel's buttons, the link the app writes reopens the same story, at the same step, with no
 * notice. Checked for the reported case and for random sessions of the store's own actions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulate, USER_CALLS, type Side, type UserCall } from '../engine';
import { readLink, writeLink } from './deepLink';
import { DELAY_CHOICES_MS, sandboxScenario, segmentsInFlight } from '../sandbox';
import { createSimStore, type SimStore } from './simStore';
import { selectTrace } from './traceSelectors';

const SEED = 20261206;
const NUM_RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 60;
const TIMEOUT_MS = Math.max(60_000, NUM_RUNS * 500);

function reopen(store: SimStore) {
  const state = store.getState();
  const reading = readLink(writeLink(state));
  const reopened = { ...state, ...reading.inputs };
  return { reading, trace: selectTrace(reopened) };
}

describe('a sandbox session survives its own link', () => {
  it('connect, delay the SYN 5 s, step, drop it: the reopened link still drops it, with no notice', () => {
    const store = createSimStore();
    const act = store.getState();
    act.openSandbox();
    act.sandboxCall('server', 'listen');
    act.sandboxCall('client', 'connect');
    expect(store.getState().delaySegment(1, 5000)).toMatchObject({ kind: 'fate', fate: 'delay' });
    store.getState().stepForward();
    expect(store.getState().dropSegment(1)).toMatchObject({ kind: 'fate', fate: 'lose' });

    const { reading, trace } = reopen(store);
    expect(reading.notice).toBeNull();
    expect(trace.segments[0]).toMatchObject({ id: 1, fate: 'lose', lost: true });
    expect(trace).toEqual(selectTrace(store.getState()));
  });

  it('going back before the drop and acting there brings the delay back, as the learner had it then', () => {
    const store = createSimStore();
    const act = store.getState();
    act.openSandbox();
    act.sandboxCall('server', 'listen');
    act.sandboxCall('client', 'connect');
    store.getState().delaySegment(1, 5000);
    store.getState().stepForward();
    store.getState().stepForward();
    store.getState().dropSegment(1);
    store.getState().stepBack();
    // At cursor 3 the drop (made at 4) is the future: a call here forks it away, the delay stays.
    store.getState().sandboxCall('server', 'close');
    expect(selectTrace(store.getState()).segments[0]).toMatchObject({ id: 1, fate: 'delay' });
    expect(reopen(store).reading.notice).toBeNull();
  });

  it('found by the property below: delay the SYN, call, drop it, delay it again at that step: one delay, and the link reads back clean', () => {
    const store = createSimStore({ options: { ...DEFAULT_OPTIONS, latencyMs: 20 } });
    const act = store.getState();
    act.openSandbox();
    act.sandboxCall('server', 'listen');
    act.sandboxCall('client', 'connect');
    store.getState().delaySegment(1, 2000);
    store.getState().sandboxCall('client', 'send');
    store.getState().dropSegment(1);
    expect(store.getState().delaySegment(1, 2000)).toMatchObject({ kind: 'fate', fate: 'delay', delayMs: 2000 });
    // The drop given at this step is replaced, and the delay from before it already says the rest.
    expect(store.getState().sandbox.fates).toEqual([{ segmentId: 1, fate: 'delay', delayMs: 2000, atStep: 2 }]);
    const { reading, trace } = reopen(store);
    expect(reading.notice).toBeNull();
    expect(trace).toEqual(selectTrace(store.getState()));
  });

  type UiAction =
    | { readonly kind: 'call'; readonly side: Side; readonly call: UserCall }
    | { readonly kind: 'fate'; readonly pick: number; readonly fate: 'drop' | 'delay' | 'duplicate' | 'deliver'; readonly delay: number }
    | { readonly kind: 'forward' | 'back' | 'undo' | 'end' }
    | { readonly kind: 'seek'; readonly to: number };

  const uiAction: fc.Arbitrary<UiAction> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('call' as const),
        side: fc.constantFrom<Side>('client', 'server'),
        call: fc.oneof(fc.constant<UserCall>('send'), fc.constantFrom<UserCall>(...USER_CALLS)),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('fate' as const),
        pick: fc.nat(),
        fate: fc.constantFrom('drop' as const, 'delay' as const, 'duplicate' as const, 'deliver' as const),
        delay: fc.constantFrom(...DELAY_CHOICES_MS),
      }),
    },
    { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('forward' as const, 'back' as const, 'undo' as const, 'end' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('seek' as const), to: fc.nat({ max: 40 }) }) },
  );

  function perform(store: SimStore, action: UiAction): void {
    const state = store.getState();
    switch (action.kind) {
      case 'call':
        state.sandboxCall(action.side, action.call);
        return;
      case 'fate': {
        const flying = segmentsInFlight(selectTrace(state), state.cursor);
        const id = flying[action.pick % Math.max(1, flying.length)] ?? 1;
        if (action.fate === 'drop') state.dropSegment(id);
        else if (action.fate === 'delay') state.delaySegment(id, action.delay);
        else if (action.fate === 'duplicate') state.duplicateSegment(id);
        else state.deliverSegment(id);
        return;
      }
      case 'forward':
        state.stepForward();
        return;
      case 'back':
        state.stepBack();
        return;
      case 'undo':
        state.undoSandbox();
        return;
      case 'end':
        state.goToEnd();
        return;
      case 'seek':
        state.seek(action.to);
    }
  }

  it(
    'for random sessions built with the buttons, the written link reopens the same trace at the same step, with no notice',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 20, max: 1000 }),
          fc.array(uiAction, { minLength: 5, maxLength: 50, size: 'max' }),
          (latencyMs, actions) => {
            const store = createSimStore({ options: { ...DEFAULT_OPTIONS, latencyMs } });
            store.getState().openSandbox();
            store.getState().sandboxCall('server', 'listen');
            store.getState().sandboxCall('client', 'connect');
            for (const action of actions) perform(store, action);

            const { reading, trace } = reopen(store);
            expect(reading.notice).toBeNull();
            expect(reading.inputs.cursor).toBe(store.getState().cursor);
            expect(trace).toEqual(selectTrace(store.getState()));
            // What the buttons showed (runs continued click by click) is the session run in one go.
            expect(selectTrace(store.getState())).toEqual(simulate(sandboxScenario(store.getState().sandbox), store.getState().options));
          },
        ),
        { numRuns: NUM_RUNS, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );
});
