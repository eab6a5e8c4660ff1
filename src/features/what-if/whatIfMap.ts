import type { ControlBit, SCENARIO_GROUPS, ScenarioId, Side } from '../../engine';

/** The scenarios that lose one segment: each has its `whatIf.<id>.*` text. */
export type LossScenarioId = Extract<(typeof SCENARIO_GROUPS)[number], { id: 'loss' }>['scenarios'][number];

export interface WhatIfSegment {
  /** The scenario in which exactly this segment is lost (and retransmitted or made good). */
  readonly scenario: LossScenarioId;
  readonly phase: 'handshake' | 'close';
  readonly from: Side;
  /** Flags as sent on the wire: the wave's FINs carry ACK too. */
  readonly flags: readonly ControlBit[];
}

/**
 * The seven segments of handshake and wave, in the order they are sent, each with the loss
 * scenario for it. A test runs each scenario and checks that its lost segment is this one.
 */
export const WHAT_IF_SEGMENTS: readonly WhatIfSegment[] = [
  { scenario: 'syn-lost', phase: 'handshake', from: 'client', flags: ['SYN'] },
  { scenario: 'syn-ack-lost', phase: 'handshake', from: 'server', flags: ['SYN', 'ACK'] },
  { scenario: 'ack-lost', phase: 'handshake', from: 'client', flags: ['ACK'] },
  { scenario: 'fin-lost', phase: 'close', from: 'client', flags: ['FIN', 'ACK'] },
  { scenario: 'close-ack-lost', phase: 'close', from: 'server', flags: ['ACK'] },
  { scenario: 'passive-fin-lost', phase: 'close', from: 'server', flags: ['FIN', 'ACK'] },
  { scenario: 'last-ack-lost', phase: 'close', from: 'client', flags: ['ACK'] },
];

export const WHAT_IF_PHASES = ['handshake', 'close'] as const;

/**
 * Where retrying is not enough: every SYN lost until connect() gives up, a peer that crashed
 * (RFC 9293 Figure 9), and a last ACK that arrives but finds the server's accept queue full. Shown after the seven, each opening its scenario.
 */
export const WHAT_IF_BEYOND = ['syn-timeout', 'half-open', 'accept-queue-full'] as const satisfies readonly ScenarioId[];
