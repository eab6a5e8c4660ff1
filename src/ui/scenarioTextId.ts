import { isScenarioId, type ScenarioId, type Trace } from '../engine';

/**
 * Whose title and summary a trace shows: its scenario's; an opened capture's own (its states are
 * inferred, nobody scripted it); or the sandbox's for the learner's own session.
 */
export function scenarioTextId(trace: Pick<Trace, 'scenario' | 'inference'>): ScenarioId | 'capture' | 'sandbox' {
  if (trace.inference) return 'capture';
  return isScenarioId(trace.scenario) ? trace.scenario : 'sandbox';
}
