/**
 * The engine arrives after the first screen (engineParts.ts), and the sandbox's code when the
 * sandbox is opened (sandboxParts.ts): the prerendered page is drawn and answers its step controls
 * with the trace the build put into it (prerenderedTrace.ts). Whatever needs a trace the store
 * does not have yet, or a sandbox button, waits for them here (simStore.ts); a page drawn afresh
 * waits for the engine before drawing (main.tsx).
 */
import { reportFetchFailure } from './fetchFault';
import { fetchOnce, type FetchedOnce } from './fetchOnce';

export type EngineParts = typeof import('./engineParts');
export type SandboxParts = typeof import('./sandboxParts');

// A failed fetch is the page's one fetch fault (fetchFault.ts), whose Try again calls `load`
// again, as does the next action that needs them.
const engine = fetchOnce(() => import('./engineParts'), reportFetchFailure);
// A sandbox session's trace is the simulator's too: the sandbox's code arrives with it.
const sandbox = fetchOnce(() => Promise.all([engine.load(), import('./sandboxParts')]).then(([, parts]) => parts), reportFetchFailure);

export const loadEngine = engine.load;
export const arrivedEngine = engine.arrived;
export const loadSandboxParts = sandbox.load;
export const arrivedSandboxParts = sandbox.arrived;

/** The engine, which the caller knows has arrived (the store keeps every state it draws computable). */
export function engineParts(): EngineParts {
  return arrivedOrThrow(engine, 'the engine');
}

/** The sandbox's code, which the caller knows has arrived (the sandbox is open, or its link is read). */
export function sandboxParts(): SandboxParts {
  return arrivedOrThrow(sandbox, "the sandbox's code");
}

function arrivedOrThrow<T>(parts: FetchedOnce<T>, what: string): T {
  const arrived = parts.arrived();
  if (!arrived) throw new Error(`${what} has not arrived yet: load it before asking for it`);
  return arrived;
}
