import { isScenarioId, type ScenarioId, type Trace } from '../engine';

/**
 * Whose title and summary a trace shows: its scenario's, or the sandbox's for every trace that is
 * no built-in scenario (the learner's own session, an opened capture).
 */
export function scenarioTextId(trace: Pick<Trace, 'scenario'>): ScenarioId | 'sandbox' {
  return isScenarioId(trace.scenario) ? trace.scenario : 'sandbox';
}
