/**
 * The resumable run (createSimulation) against the one-shot run (simulate). The sandbox's link
 * replay builds a session token by token on one resumable run; the app shows the one-shot trace
 * of the finished session. They must be the same trace, or a link would open a different story.
 *
 *  1. Any scenario, run in pieces (runTo at random steps), is the one-shot trace.
 *  2. Calls added at the step they are due, and fates given to segments in flight (drop, delay,
 *     duplicate, back to delivered), give the trace a one-shot run gets when those calls are in
 *     the script and those fates are decided when the segments are sent — including the ids a
 *     late duplicate moves. A refused fate ('changes-past') really would have changed a step
 *     already applied.
 *  3. A fork of a run goes on by itself: whatever the run does after the fork (calls, fates, a
 *     duplicate that renumbers the segments in flight), the fork, given the same ops, ends as a
 *     run that never forked (a sandbox call after Undo continues the run kept for that story).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FaultRule } from './faults';
import { DEFAULT_OPTIONS, TIME_WAIT_PRESETS, type SimOptions } from './options';
import type { Scenario } from './scenario';
import { SCENARIOS } from './scenarios';
import { SCENARIO_IDS } from './scenarioIds';
import type { Side } from './segment';
import { createSimulation, simulate } from './simulate';
import { USER_CALLS, type Fate, type Trace, type UserCall } from './trace';

const NUM_RUNS = 150;
const TIMEOUT_MS = 60_000;
const SEED = 20261206;

const optionsArb: fc.Arbitrary<SimOptions> = fc
  .record({
    isnClient: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    isnServer: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    latencyMs: fc.integer({ min: 1, max: 1000 }),
    timeWaitMs: fc.constantFrom(TIME_WAIT_PRESETS.classroom, TIME_WAIT_PRESETS.linux),
  })
  .map((o) => ({ ...DEFAULT_OPTIONS, isnMode: 'fixed' as const, ...o }));

type Op =
  | { readonly kind: 'advance'; readonly steps: number }
  | { readonly kind: 'call'; readonly side: Side; readonly call: UserCall; readonly bytes: number }
  | { readonly kind: 'fate'; readonly pick: number; readonly fate: Fate; readonly delayMs: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('advance' as const), steps: fc.integer({ min: 0, max: 2 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('call' as const),
      side: fc.constantFrom<Side>('client', 'server'),
      // Mostly sends: they put segments on the wire for the fates to act on.
      call: fc.oneof(fc.constant<UserCall>('send'), fc.constantFrom<UserCall>(...USER_CALLS)),
      bytes: fc.integer({ min: 1, max: 4000 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('fate' as const),
      pick: fc.nat(),
      fate: fc.constantFrom<Fate>('lose', 'delay', 'duplicate', 'deliver'),
      delayMs: fc.integer({ min: 1, max: 6000 }),
    }),
  },
);

/** A session made the way the sandbox makes one: listen and connect first, then anything. */
const opsArb = fc
  .array(opArb, { maxLength: 60, size: 'max' })
  .map((ops): Op[] => [
    { kind: 'call', side: 'server', call: 'listen', bytes: 0 },
    { kind: 'call', side: 'client', call: 'connect', bytes: 0 },
    ...ops,
  ]);

/** The fates the network gave, as rules a one-shot run decides at send time (by final id). */
function decidedFates(trace: Pick<Trace, 'segments'>, latencyMs: number): FaultRule[] {
  return trace.segments.flatMap((s): FaultRule[] => {
    if (s.origin !== 'endpoint' || s.duplicateOf !== null || s.fate === 'deliver') return [];
    if (s.fate === 'delay') return [{ segmentId: s.id, fate: 'delay', delayMs: s.arrivesAt - s.sentAt - latencyMs }];
    if (s.fate === 'duplicate') {
      const copy = trace.segments[s.id] as Trace['segments'][number];
      return [{ segmentId: s.id, fate: 'duplicate', delayMs: copy.arrivesAt - s.arrivesAt }];
    }
    return [{ segmentId: s.id, fate: s.fate }];
  });
}

/** Steps 0..k-1 tell the same story (ids aside, which a duplicate moves). */
function samePast(a: Trace, b: Trace, k: number): boolean {
  if (a.steps.length < k || b.steps.length < k) return false;
  return a.steps.slice(0, k).every((x, i) => {
    const y = b.steps[i];
    return y !== undefined && x.t === y.t && x.side === y.side && x.rule === y.rule && x.input.kind === y.input.kind;
  });
}

describe('a run in pieces is the same run', () => {
  it(
    'every scenario, paused at random steps and resumed, gives the one-shot trace',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...SCENARIO_IDS),
          optionsArb,
          fc.array(fc.nat({ max: 60 }), { maxLength: 4 }),
          (id, options, pauses) => {
            const run = createSimulation(SCENARIOS[id], options);
            for (const at of [...pauses].sort((x, y) => x - y)) run.runTo(at);
            expect(run.finish()).toEqual(simulate(SCENARIOS[id], options));
          },
        ),
        { numRuns: NUM_RUNS, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );
});

describe('calls and fates given as the run goes', () => {
  it(
    'give the trace of a one-shot run that had them from the start; a refusal is a real change of the past',
    () => {
      fc.assert(
        fc.property(optionsArb, opsArb, (options, ops) => {
          const base: Scenario = { id: 'sandbox', calls: [] };
          const run = createSimulation(base, options);
          const calls: Scenario['calls'][number][] = [];
          const wronglyRefused: number[] = [];
          for (const op of ops) {
            if (op.kind === 'advance') {
              run.runTo(run.stepCount + op.steps);
            } else if (op.kind === 'call') {
              const call = {
                side: op.side,
                call: op.call,
                ...(op.call === 'send' ? { bytes: op.bytes } : {}),
                when: { afterStep: run.stepCount },
              };
              calls.push(call);
              run.addCall(call);
            } else {
              const k = run.stepCount;
              const target = segmentInFlight(run, op.pick);
              if (!target) continue;
              const before = { ...base, calls: [...calls], faults: decidedFates(finishCopy(run), options.latencyMs) };
              const result = run.refate(target.id, op.fate, op.delayMs);
              if (result === 'changes-past') {
                // The same change decided at send time really alters a step before k.
                const changed = withFate(before, target.id, op.fate, op.delayMs);
                if (samePast(simulate(before, options), simulate(changed, options), k)) wronglyRefused.push(target.id);
              }
            }
          }
          const incremental = run.finish();
          const oneShot = simulate({ ...base, calls, faults: decidedFates(incremental, options.latencyMs) }, options);
          expect(incremental).toEqual(oneShot);
          expect(wronglyRefused).toEqual([]);
        }),
        { numRuns: NUM_RUNS, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );
});

describe('a fork of a run', () => {
  it(
    'is not changed by what the run does next, and ends as the run would have',
    () => {
      fc.assert(
        fc.property(optionsArb, opsArb, fc.nat(), opsArb, (options, ops, cut, more) => {
          const at = 2 + (cut % (ops.length - 1));
          const [before, after] = [ops.slice(0, at), [...ops.slice(at), ...more.slice(2)]];
          const unforked = createSimulation({ id: 'sandbox', calls: [] }, options);
          applyOps(unforked, [...before, ...after]);
          const run = createSimulation({ id: 'sandbox', calls: [] }, options);
          applyOps(run, before);
          const fork = run.fork();
          applyOps(run, after);
          const runTrace = run.finish();
          applyOps(fork, after);
          expect(fork.finish()).toEqual(runTrace);
          expect(runTrace).toEqual(unforked.finish());
        }),
        { numRuns: NUM_RUNS, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );
});

/** The `pick`-th (mod their number) original segment sent before now and still in flight, if any. */
function segmentInFlight(run: ReturnType<typeof createSimulation>, pick: number) {
  const now = run.stepCount;
  const inFlight = run
    .view()
    .segments.filter((s) => s.origin === 'endpoint' && s.duplicateOf === null && s.arrivalStep === null && s.sentStep < now);
  return inFlight[pick % Math.max(1, inFlight.length)];
}

/** Ops applied as the sandbox applies them: calls due now, fates to a segment in flight now. */
function applyOps(run: ReturnType<typeof createSimulation>, ops: readonly Op[]): void {
  for (const op of ops) {
    if (op.kind === 'advance') run.runTo(run.stepCount + op.steps);
    else if (op.kind === 'call') {
      run.addCall({ side: op.side, call: op.call, ...(op.call === 'send' ? { bytes: op.bytes } : {}), when: { afterStep: run.stepCount } });
    } else {
      const target = segmentInFlight(run, op.pick);
      if (target) run.refate(target.id, op.fate, op.delayMs);
    }
  }
}

/** The run so far, without advancing it (view() is live; this is a snapshot). */
function finishCopy(run: ReturnType<typeof createSimulation>): Pick<Trace, 'segments'> {
  return { segments: [...run.view().segments] };
}

/** `scenario` with segment `id` (numbered as in its own run) given `fate` at send time. */
function withFate(scenario: Scenario, id: number, fate: Fate, delayMs: number): Scenario {
  const others = (scenario.faults ?? []).filter((rule) => !('segmentId' in rule && rule.segmentId === id));
  if (fate === 'deliver') return { ...scenario, faults: others };
  // A new copy takes id+1: the rules for later segments move up with it.
  const shifted =
    fate === 'duplicate'
      ? others.map((rule) => ('segmentId' in rule && rule.segmentId > id ? { ...rule, segmentId: rule.segmentId + 1 } : rule))
      : others;
  return { ...scenario, faults: [{ segmentId: id, fate, ...(fate === 'delay' ? { delayMs } : {}) }, ...shifted] };
}
