// The one place the sandbox reaches into the engine's simulator (tests can mock this module to
// count the work a link or a click costs).
export { createSimulation, simulate } from '../engine';
