/** The shape every endpoint step returns, and the one builder that makes it. */
import type { RuleId } from './rules';
import type { Segment } from './segment';
import type { Endpoint } from './tcb';
import type { AppEvent } from './trace';

export interface Emission {
  readonly segment: Segment;
  /** Sent again by the retransmission timer. */
  readonly retransmission: boolean;
}

export interface StepResult {
  readonly endpoint: Endpoint;
  readonly emitted: readonly Emission[];
  /** The rule that decided this step, for the explanation (its RFC section is in RULES). */
  readonly rule: RuleId;
  readonly params: Readonly<Record<string, number | string>>;
  readonly app: readonly AppEvent[];
}

/** Builder used by the three appliers so every result has the same shape. */
export function result(
  endpoint: Endpoint,
  rule: RuleId,
  options: {
    sent?: readonly Segment[];
    retransmitted?: readonly Segment[];
    app?: readonly AppEvent[];
    params?: Record<string, number | string>;
  } = {},
): StepResult {
  return {
    endpoint,
    rule,
    emitted: [
      ...(options.sent ?? []).map((segment) => ({ segment, retransmission: false })),
      ...(options.retransmitted ?? []).map((segment) => ({ segment, retransmission: true })),
    ],
    app: options.app ?? [],
    params: options.params ?? {},
  };
}
