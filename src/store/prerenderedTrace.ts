import { DEFAULT_OPTIONS, isScenarioId, type ScenarioId, type SimOptions, type Trace } from '../engine';
import { loadEngine } from './engineArrival';
import { DEFAULT_SCENARIO } from './simInputs';
import { rememberTrace } from './traceSelectors';

/**
 * The first screen's trace as the build writes it into the page (scripts/prerender.ts), with the
 * inputs it was made from: the default scenario under the default options. It does not depend on
 * the language, so every prerendered page can carry the same.
 */
export interface PrerenderedTrace {
  readonly scenario: ScenarioId;
  readonly options: SimOptions;
  readonly trace: Trace;
}

/** The id of the page's data block that carries it (`<script type="application/json">`). */
export const PRERENDERED_TRACE_ID = 'prerendered-trace';

/** What the build embeds, made by the engine itself (prerenderedTrace.build.test.ts compares the two). */
export async function makePrerenderedTrace(): Promise<PrerenderedTrace> {
  const { simulateScenario } = await loadEngine();
  return { scenario: DEFAULT_SCENARIO, options: DEFAULT_OPTIONS, trace: simulateScenario(DEFAULT_SCENARIO, DEFAULT_OPTIONS) };
}

/**
 * The store's trace selectors answer with the page's trace for exactly the inputs it was made
 * from, so the prerendered screen's controls work before the engine has arrived (issue 8:
 * first-paint JS). Anything that is not such a trace (a damaged page) is ignored: the page then
 * waits for the engine, as a page drawn afresh does. Returns whether it was taken.
 */
export function adoptPrerenderedTrace(data: unknown): boolean {
  if (!isPrerenderedTrace(data)) return false;
  rememberTrace({ scenario: data.scenario, options: data.options }, data.trace);
  return true;
}

function isPrerenderedTrace(data: unknown): data is PrerenderedTrace {
  if (typeof data !== 'object' || data === null) return false;
  const { scenario, options, trace } = data as Partial<Record<keyof PrerenderedTrace, unknown>>;
  return (
    typeof scenario === 'string' &&
    isScenarioId(scenario) &&
    typeof options === 'object' &&
    options !== null &&
    typeof trace === 'object' &&
    trace !== null &&
    Array.isArray((trace as Partial<Trace>).steps) &&
    Array.isArray((trace as Partial<Trace>).segments)
  );
}
