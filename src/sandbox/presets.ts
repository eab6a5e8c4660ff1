import type { Side, SimOptions, UserCall } from '../engine';
import { appendAction, simulateSandbox } from './session';
import { EMPTY_SESSION, type SandboxSession } from './sessionData';

export const SANDBOX_PRESET_IDS = ['empty', 'listening', 'established'] as const;
export type SandboxPresetId = (typeof SANDBOX_PRESET_IDS)[number];

/** Starting points a teacher can pick so a class does not begin with three clicks of setup. */
const PRESET_CALLS: Record<SandboxPresetId, readonly { side: Side; call: UserCall }[]> = {
  empty: [],
  listening: [{ side: 'server', call: 'listen' }],
  established: [
    { side: 'server', call: 'listen' },
    { side: 'client', call: 'connect' },
  ],
};

export function isSandboxPresetId(value: unknown): value is SandboxPresetId {
  return typeof value === 'string' && (SANDBOX_PRESET_IDS as readonly string[]).includes(value);
}

/**
 * A preset is made the way a learner would make it: each call at the end of the story so far.
 * It opens at the end, where the preset's name is true (LISTEN; both ESTABLISHED).
 */
export function presetSession(id: SandboxPresetId, options: SimOptions): { session: SandboxSession; cursor: number } {
  let session = EMPTY_SESSION;
  let steps = 0;
  for (const call of PRESET_CALLS[id]) {
    session = appendAction(session, steps, call).session;
    steps = simulateSandbox(session, options).steps.length;
  }
  return { session, cursor: steps };
}
