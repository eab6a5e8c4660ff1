import type { SimOptions } from './options';
import type { ScenarioId } from './scenarioIds';
import { SCENARIOS } from './scenarios';
import { simulate } from './simulate';
import type { Trace } from './trace';

/**
 * A built-in scenario's trace. A module of its own, not a function of the engine's index: the
 * first screen imports the index for types and small helpers, and must not bring the simulator
 * with them (issue 8: first-paint JS).
 */
export function simulateScenario(id: ScenarioId, options: SimOptions): Trace {
  return simulate(SCENARIOS[id], options);
}
