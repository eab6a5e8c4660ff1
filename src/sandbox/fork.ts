/**
 * "Continue from this step in the sandbox": a guided scenario, cut at the step on screen, turned
 * into a sandbox session the learner can take on from there. A scenario is user calls plus
 * network faults (src/engine/scenarios.ts); the sandbox records the same two things, so each call
 * made before the cut becomes a sandbox action at the step it was, and each fault on a segment
 * sent before the cut becomes a fate applied while that segment was on the wire.
 *
 * The sandbox places a call right after the step before it (it has no clock of its own to wait
 * for), so the steps are checked against the scenario's: the fork is offered only when every step
 * up to the cut is the same (side, input, rule, states). Scenarios built from segments no
 * endpoint sent (old duplicates, a scanner's or a flooder's SYNs), from endpoints or
 * applications the sandbox cannot configure (the two-way counterfactual, a tiny backlog, an
 * application that reads only on read()), or cut after a second connection began, have no
 * sandbox equivalent.
 */
import { SCENARIOS, simulate, type ScenarioId, type SimOptions, type Trace, type TraceStep } from '../engine';
import { simulateSandbox } from './session';
import { EMPTY_SESSION, type SandboxFate, type SandboxSession } from './sessionData';

export function sessionFromScenario(id: ScenarioId, options: SimOptions, cursor: number): SandboxSession | null {
  const scenario = SCENARIOS[id];
  if ((scenario.injections?.length ?? 0) > 0 || scenario.endpoints !== undefined || scenario.reads !== undefined) return null;
  // Before the first step nothing has happened: the session is empty whatever the run, and the
  // two runs below, compared on no steps, could only agree. The page offers this at step 0 as it
  // loads, where those runs were a cold start of the engine (issue 8: total blocking time).
  if (cursor <= 0) return EMPTY_SESSION;
  const trace = simulate(scenario, options);
  const cut = Math.max(0, Math.min(cursor, trace.steps.length));
  const before = trace.steps.slice(0, cut);
  // A later connection's ISN follows the clock (§3.4.1), and sandbox calls have no clock of their
  // own to wait for: past the first connection the numbers would not be the scenario's.
  if (before.some((step) => step.after.client.connection > 0 || step.after.server.connection > 0)) return null;

  const actions = before.flatMap((step) =>
    step.input.kind === 'call'
      ? [
          {
            side: step.side,
            call: step.input.call,
            ...(step.input.bytes !== undefined ? { bytes: step.input.bytes } : {}),
            afterStep: step.index,
          },
        ]
      : [],
  );
  const faulted = trace.segments.filter((s) => s.sentStep < cut && s.fate !== 'deliver');
  // A copy takes the next id, which shifts the numbering the sandbox records fates in: not worth it
  // for a scenario that has none.
  if (faulted.some((s) => s.fate === 'duplicate')) return null;
  const fates: SandboxFate[] = faulted.map((s) => ({
    segmentId: s.id,
    fate: s.fate === 'delay' ? 'delay' : 'lose',
    ...(s.fate === 'delay' ? { delayMs: s.arrivesAt - s.sentAt - options.latencyMs } : {}),
    // Applied the moment after it was sent, while it is on the wire, as a learner would.
    atStep: s.sentStep + 1,
  }));
  const session: SandboxSession = { actions, fates };
  return sameSteps(trace, simulateSandbox(session, options), cut) ? session : null;
}

function sameSteps(guided: Trace, sandbox: Trace, count: number): boolean {
  if (sandbox.steps.length < count) return false;
  return guided.steps.slice(0, count).every((step, i) => {
    const other = sandbox.steps[i];
    return other !== undefined && sameStep(step, other);
  });
}

function sameStep(a: TraceStep, b: TraceStep): boolean {
  return (
    a.side === b.side && a.rule === b.rule && a.from === b.from && a.to === b.to && JSON.stringify(a.input) === JSON.stringify(b.input)
  );
}
