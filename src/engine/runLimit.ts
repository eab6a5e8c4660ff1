/**
 * A run stops here even if timers are still pending; far beyond any built-in scenario. A module of
 * its own: the link reader needs the limit on the first screen, which does not load the simulator.
 */
export const MAX_STEPS = 2000;
