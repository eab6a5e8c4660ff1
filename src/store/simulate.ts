// The one place the store reaches into the engine's simulator (tests can mock this module).
export { simulateScenario } from '../engine';
