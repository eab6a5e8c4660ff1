import { useEffect, useState } from 'react';
import type { ScenarioId, SimOptions } from '../../engine';
import { sessionFromScenario } from '../../sandbox';

/**
 * What is known of where each scenario can continue in the sandbox, per options object (the
 * store replaces options, never changes them): a scenario, cut at a step.
 */
const known = new WeakMap<SimOptions, Map<string, boolean>>();

const cutKey = (scenario: ScenarioId, cursor: number) => `${scenario}@${cursor}`;

function knownAvailable(scenario: ScenarioId, options: SimOptions, cursor: number): boolean | undefined {
  return known.get(options)?.get(cutKey(scenario, cursor));
}

function forkAvailable(scenario: ScenarioId, options: SimOptions, cursor: number): boolean {
  const available = sessionFromScenario(scenario, options, cursor) !== null;
  let cuts = known.get(options);
  if (!cuts) known.set(options, (cuts = new Map()));
  cuts.set(cutKey(scenario, cursor), available);
  return available;
}

/** Runs `work` once the next frame has been painted; returns what cancels it. */
function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Whether the guided run can continue in the sandbox from `cursor`. Finding out simulates the
 * scenario cut there in the sandbox (milliseconds, tens at a slow CPU), which a step must not
 * wait for (issue 8): a new step shows what was known until the answer comes, right after the
 * step has been painted; while the run plays it waits until playing stops. Each answer is kept.
 */
export function useForkAvailable(scenario: ScenarioId, options: SimOptions, cursor: number, playing: boolean): boolean {
  const hit = knownAvailable(scenario, options, cursor);
  // Nothing is on screen yet to keep: the first answer is worked out at once.
  const [shown, setShown] = useState(() => hit ?? forkAvailable(scenario, options, cursor));
  // A known answer becomes what is kept for the next unknown one.
  if (hit !== undefined && hit !== shown) setShown(hit);
  useEffect(() => {
    if (hit !== undefined || playing) return;
    return afterNextPaint(() => setShown(forkAvailable(scenario, options, cursor)));
  }, [hit, playing, scenario, options, cursor]);
  return hit ?? shown;
}
