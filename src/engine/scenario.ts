/** What a scenario is: socket calls at given moments or in reaction to what an app saw, plus faults. */
import type { FaultRule } from './faults';
import type { Side } from './segment';
import type { AppEvent, UserCall } from './trace';

export type CallTrigger =
  | { readonly at: number }
  /** Fires once, `delayMs` after `side`'s application first sees `event` (e.g. read() returned 0). */
  | { readonly after: { readonly side: Side; readonly event: AppEvent }; readonly delayMs: number };

export interface ScriptedCall {
  readonly side: Side;
  readonly call: UserCall;
  readonly bytes?: number;
  readonly when: CallTrigger;
}

export interface Scenario {
  readonly id: string;
  readonly calls: readonly ScriptedCall[];
  readonly faults?: readonly FaultRule[];
}
