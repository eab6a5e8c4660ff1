/**
 * What the store needs of the engine: the simulator, for a built-in scenario and for a sandbox
 * session. The store reaches it only through engineArrival.ts, so it is a chunk of its own,
 * fetched once the prerendered first screen answers, not a part of its first-paint JS (issue 8):
 * that screen's trace comes with the page (scripts/prerender.ts).
 */
export { simulateScenario } from '../engine';
export { simulateSandbox } from '../sandbox';
