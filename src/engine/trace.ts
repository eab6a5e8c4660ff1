import type { Profile } from './profile';
import type { RuleId } from './rules';
import type { Segment, Side } from './segment';
import type { TcpState } from './states';
import type { EndpointTimers } from './tcb';

export type SegmentOrigin = 'endpoint' | 'old-duplicate' | 'raw-socket' | 'spoofed' | 'other-client';

/** What the network does with one segment (design.md "The network is data too"). */
export type Fate = 'deliver' | 'lose' | 'delay' | 'duplicate';

/**
 * Socket calls a user (or a scenario) makes. `shutdown` is shutdown(SHUT_WR): CLOSE in RFC terms,
 * reading continues; `shutrd` is shutdown(SHUT_RD): no segment, the application stops reading;
 * `close` also gives up reading (§3.6.1); `abort` is close() with SO_LINGER 0 (§3.10.5);
 * `read` takes what waits in the receive buffer (RECEIVE, §3.10.3); `crash` is the host losing
 * every TCB without a word, as before RFC 9293 Figure 9; `accept` takes the oldest connection of
 * the listener's accept queue, or waits for one (socket.ts).
 */
export type UserCall = 'listen' | 'accept' | 'connect' | 'send' | 'read' | 'shutdown' | 'shutrd' | 'close' | 'abort' | 'crash';
export const USER_CALLS: readonly UserCall[] = [
  'listen',
  'accept',
  'connect',
  'send',
  'read',
  'shutdown',
  'shutrd',
  'close',
  'abort',
  'crash',
];

/**
 * What the application sees, for the app lane and the explanation: the return of connect() or
 * accept(), read() results, and the errors RFC 9293 §3.10 names.
 */
export type AppEvent =
  | 'connect-returned'
  | 'accept-returned'
  /** accept() returned a connection of another client, not the one on the ladder. */
  | 'accept-returned-other'
  /** accept() found the queue empty: the application now waits in it. */
  | 'accept-waiting'
  /** accept() on a socket that is not listening (EINVAL). */
  | 'accept-invalid'
  | 'data-read'
  | 'eof'
  | 'connection-reset'
  | 'connection-refused'
  | 'connection-timed-out'
  | 'connection-closed'
  /** send() after the connection was reset (Linux: EPIPE once the reset is known, §3.10.7.4). */
  | 'broken-pipe'
  /** read() with nothing buffered yet: a non-blocking read would say EAGAIN. */
  | 'would-block'
  | 'error-connection-closing'
  | 'error-connection-exists'
  | 'error-no-connection';

/** A copy of one TCB at the end of a step: what the TCB panel and badges show. */
export interface TcbSnapshot {
  readonly state: TcpState;
  readonly iss: number;
  readonly irs: number | null;
  readonly sndUna: number;
  readonly sndNxt: number;
  readonly sndWnd: number;
  readonly rcvNxt: number;
  readonly rcvWnd: number;
  readonly timers: EndpointTimers;
  /** What the retransmission timer has learned (RFC 6298 §2): null until the first RTT sample. */
  readonly srttMs: number | null;
  readonly rttvarMs: number | null;
  /** The RTO the next (re)transmission waits: 1 s at first, then from SRTT/RTTVAR, doubled on each timeout. */
  readonly rtoMs: number;
  readonly retries: number;
  /** Segments sent but not yet acknowledged. */
  readonly unacked: number;
  /** Half-open connections in the listener's queue, and its capacity (null: no limit modelled). */
  readonly synQueue: number;
  readonly backlog: number | null;
  /** Connections waiting for accept(), and how many the listener holds (null: no limit modelled). */
  readonly acceptQueue: number;
  readonly acceptCapacity: number | null;
  /**
   * The socket above the TCB (socket.ts): whether this side has a listening socket that stays in
   * LISTEN whatever becomes of the connection drawn on the ladder; bytes received but not yet
   * read by the application; which of this side's connections the TCB is (0 = the first).
   */
  readonly listening: boolean;
  readonly unread: number;
  readonly connection: number;
}

export interface TraceSegment extends Segment {
  /** 1-based, in order of sending. */
  readonly id: number;
  readonly from: Side;
  readonly to: Side;
  readonly sentAt: number;
  /** When it reaches the peer, or for a lost segment when it would have. */
  readonly arrivesAt: number;
  readonly fate: Fate;
  readonly lost: boolean;
  /** Sent again by the retransmission timer (same seq as an earlier segment). */
  readonly retransmission: boolean;
  /**
   * Who put it on the wire: an endpoint of this run, or the scenario — an old duplicate from an
   * earlier connection (§3.5 Figure 8), a scanner's hand-made probe from a raw socket, or a
   * flooder's SYN with a forged source address, or another client of the server (a real host, not
   * drawn as a lifeline: accept-queue-full).
   */
  readonly origin: SegmentOrigin;
  /** A copy made by the network (fate 'duplicate' of segment `duplicateOf`). */
  readonly duplicateOf: number | null;
  /** Index of the step that sent it; -1 for an injected segment (on the wire from the start). */
  readonly sentStep: number;
  /** Index of the step in which the receiver processed it; null if it never arrived. */
  readonly arrivalStep: number | null;
}

/** What caused a step. */
export type StepInput =
  | { readonly kind: 'call'; readonly call: UserCall; readonly bytes?: number }
  | { readonly kind: 'segment'; readonly segmentId: number }
  | { readonly kind: 'timer'; readonly timer: keyof EndpointTimers }
  /**
   * Only in a trace inferred from a capture: the capture shows this side sending segment
   * `segmentId`, and no socket call or timer of the engine accounts for it (a window update, a
   * duplicate ACK, a reply to something the capture does not hold). The TCB is left as it was.
   */
  | { readonly kind: 'captured'; readonly segmentId: number };

export interface TraceStep {
  readonly index: number;
  /** Logical time in ms. */
  readonly t: number;
  readonly side: Side;
  readonly input: StepInput;
  /** Readable event name for the trace contract: "connect()", "recv SYN,ACK #2", "timer: retransmit". */
  readonly event: string;
  readonly from: TcpState;
  readonly to: TcpState;
  readonly rule: RuleId;
  readonly rfc: string;
  /** Numbers for the explanation text, e.g. { seq: 1000, ack: 5001 }. */
  readonly params: Readonly<Record<string, number | string>>;
  /** Ids of segments this step sent. */
  readonly emitted: readonly number[];
  readonly app: readonly AppEvent[];
  readonly after: Readonly<Record<Side, TcbSnapshot>>;
}

export interface Trace {
  readonly scenario: string;
  readonly isn: Readonly<Record<Side, number>>;
  readonly initial: Readonly<Record<Side, TcbSnapshot>>;
  readonly segments: readonly TraceSegment[];
  readonly steps: readonly TraceStep[];
  /** Every state each side was in, in order, starting with its initial state, no repeats in a row. */
  readonly states: Readonly<Record<Side, readonly TcpState[]>>;
  /**
   * Only when a side had more than one connection (a reconnect on the same listener): each
   * connection's states, in order; `states` is the first of them. Absent otherwise, so traces of
   * one connection keep their shape.
   */
  readonly connections?: readonly Readonly<Record<Side, readonly TcpState[]>>[];
  /** Time of the last step. */
  readonly endTime: number;
  /** Set when the scenario stops the run here although timers were still running. */
  readonly horizon: number | null;
  /** The profile the engine ran under; absent for traces not made by it (an imported capture). */
  readonly profile?: Profile;
  /** Present when the trace was inferred from a capture rather than simulated (captureInference.ts). */
  readonly inference?: TraceInference;
}

/**
 * What a capture cannot tell for sure, and what it shows about each segment. Keys name texts
 * (en, zh) in the capture-import feature; params are plain numbers and strings.
 */
export interface InferenceNote {
  readonly key: InferenceNoteKey;
  readonly side?: Side;
  readonly params?: Readonly<Record<string, number | string>>;
}

export type InferenceNoteKey =
  /** The server answered a SYN with a SYN,ACK, so it was listening: its listen() is implied. */
  | 'assumedListen'
  /** No SYN at the start of the capture: both sides are taken to be ESTABLISHED, numbers from the first segments. */
  | 'midConnection'
  /** No SYN,SYN-ACK,ACK to time: how far the capture point was from each side is unknown. */
  | 'capturePointUnknown'
  /** The side's ACK shows it had received a segment the timing alone would have put later. */
  | 'orderFromAck'
  /** Sequence space the capture never showed lies before this segment (lost before the capture point, or not captured). */
  | 'missingBefore'
  /** The capture shows a segment that no call or timer of the RFC rules produces here. */
  | 'notExplained'
  /** The engine, given the same input, sent something else (params.engine: its label). */
  | 'engineDiffers'
  /** The engine answered with a segment the capture never shows (params.engine: its label). */
  | 'engineReplyUnseen'
  /** A FIN: close() and shutdown(SHUT_WR) look the same on the wire. */
  | 'closeOrShutdown'
  /** Out-of-order data: the engine keeps no out-of-order queue, so this side's numbers may lag. */
  | 'outOfOrderNotQueued'
  /** The engine would delay this ACK (§3.8.6.3); the real stack sent it at once (params.delay ms). */
  | 'ackAtOnce';

/** What the sequence numbers say about one captured segment, seen from its own direction. */
export type SegmentMark =
  /** Its sequence space was seen before, and later than a network copy would come. */
  | 'retransmission'
  /** The same segment again within a few ms: a copy made by the network. */
  | 'duplicate'
  /** It fills a hole: data after it had been seen first. */
  | 'out-of-order'
  /** It starts past everything seen before: the bytes in between never reached the capture point. */
  | 'after-gap'
  /** The snaplen cut its payload (its length still counts what was on the wire). */
  | 'truncated';

export interface TraceInference {
  readonly source: 'capture';
  /**
   * Estimated one-way time between the capture point and each side, ms, from the handshake's
   * timing; null when the capture holds no handshake to time (then a nominal 1 ms is drawn).
   */
  readonly captureDelayMs: Readonly<Record<Side, number>> | null;
  /** Notes for the whole capture (midConnection, capturePointUnknown). */
  readonly notes: readonly InferenceNote[];
  /** Per step (same index as steps): what the capture could not decide there. */
  readonly stepNotes: readonly (readonly InferenceNote[])[];
  /** Per segment (index id − 1): its frame number in the file and its marks. */
  readonly segments: readonly { readonly frame: number; readonly marks: readonly SegmentMark[] }[];
}

/** Snapshot of both sides after `cursor` steps have been applied (0 = before the first step). */
export function snapshotAt(trace: Trace, cursor: number): Readonly<Record<Side, TcbSnapshot>> {
  if (cursor <= 0) return trace.initial;
  const step = trace.steps[Math.min(cursor, trace.steps.length) - 1];
  return step ? step.after : trace.initial;
}
