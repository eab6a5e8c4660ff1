/**
 * A sandbox session as data (session.ts says what it means and runs it): what the first screen
 * needs of it without the simulator, namely the empty session for the store's defaults and the
 * comparison the link sync makes (issue 8: the engine is not part of the first paint).
 */
import type { Fate, Side, UserCall } from '../engine';

export interface SandboxAction {
  readonly side: Side;
  readonly call: UserCall;
  /** Payload of a send(), in bytes. */
  readonly bytes?: number;
  readonly afterStep: number;
}

export type SandboxFateKind = Exclude<Fate, 'deliver'>;

export interface SandboxFate {
  /** The segment's id in the trace as it was when the fate was applied. */
  readonly segmentId: number;
  readonly fate: SandboxFateKind;
  /** Extra time in the network, for 'delay'. */
  readonly delayMs?: number;
  /** Cursor at which the learner applied it (steps before it are not changed by it). */
  readonly atStep: number;
}

export interface SandboxSession {
  readonly actions: readonly SandboxAction[];
  readonly fates: readonly SandboxFate[];
}

export const SANDBOX_SCENARIO_ID = 'sandbox';
export const EMPTY_SESSION: SandboxSession = { actions: [], fates: [] };
/** What the send button sends: small enough to fit one segment, big enough to see in seq numbers. */
export const SANDBOX_SEND_BYTES = 100;
export const MAX_SEND_BYTES = 65_535;
export const DELAY_CHOICES_MS: readonly number[] = [200, 500, 1000, 2000, 5000];
/** Longer than the 1 s initial RTO, so a delayed segment shows a retransmission overtaking it. */
export const DEFAULT_DELAY_MS = 2000;
export const MAX_DELAY_MS = 60_000;

export function sessionsEqual(a: SandboxSession, b: SandboxSession): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
