/**
 * endpointStep: the whole RFC 9293 state machine of one side as one pure function.
 * Input is a user call, an arriving segment or an expired timer; time is passed in.
 */
import { applyCall } from './endpointCalls';
import { applyArrival } from './endpointArrival';
import { applyTimer } from './endpointTimers';
import type { Segment } from './segment';
import type { Endpoint, TimerName } from './tcb';
import type { UserCall } from './trace';
import type { StepResult } from './stepResult';

export type EndpointInput =
  | { readonly kind: 'call'; readonly call: UserCall; readonly bytes?: number }
  | { readonly kind: 'segment'; readonly segment: Segment }
  | { readonly kind: 'timer'; readonly timer: TimerName };

export function endpointStep(endpoint: Endpoint, input: EndpointInput, now: number): StepResult {
  switch (input.kind) {
    case 'call':
      return applyCall(endpoint, input.call, input.bytes ?? 0, now);
    case 'segment':
      return applyArrival(endpoint, input.segment, now);
    case 'timer':
      return applyTimer(endpoint, input.timer, now);
  }
}
