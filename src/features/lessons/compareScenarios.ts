import type { ScenarioId } from '../../engine';

/** The "why three?" pair, real TCP first (left) and the two-way counterfactual second. */
export const COMPARE_SCENARIOS = ['old-duplicate-syn', 'two-way-handshake'] as const satisfies readonly ScenarioId[];

export type CompareScenarioId = (typeof COMPARE_SCENARIOS)[number];

export function offersComparison(scenario: ScenarioId): boolean {
  return (COMPARE_SCENARIOS as readonly ScenarioId[]).includes(scenario);
}
