import type { Profile } from './profile';
import type { Segment, Side } from './segment';
import type { TcpState } from './states';

/**
 * Tunables of one endpoint. Defaults follow Linux where the RFC leaves a range
 * (see DEFAULT_ENDPOINT_CONFIG for the reasons).
 */
export interface EndpointConfig {
  /** Initial send sequence number (RFC 9293 §3.4.1). */
  iss: number;
  /** Our port, and the peer's port that connect() aims at. */
  localPort: number;
  remotePort: number;
  /** Receive window advertised in every segment. */
  window: number;
  /** MSS offered on SYN (RFC 9293 §3.7.1). */
  mss: number;
  /** Retransmission timeout before any RTT has been measured, in ms (RFC 6298 §2.1: 1 s). */
  rtoMs: number;
  /** Retransmissions of one segment before giving up (RFC 9293 §3.8.3 R2; see DEFAULT_ENDPOINT_CONFIG). */
  maxRetries: number;
  /** Length of TIME-WAIT, i.e. 2×MSL, in ms (RFC 9293 §3.4.2 MSL = 2 min; Linux uses 60 s in all). */
  timeWaitMs: number;
  /**
   * 'three-way' is TCP. 'two-way' is a counterfactual for teaching only (scenario
   * two-way-handshake): a listener counts as ESTABLISHED once it has sent its SYN,ACK, and a
   * host with no connection silently discards what it gets, since that protocol has no third
   * segment with which to refuse anything.
   */
  handshake: 'three-way' | 'two-way';
  /**
   * Half-open connections a listener holds at once (its SYN queue); null is the RFC's model,
   * where the listening TCB itself becomes the connection. Set for the SYN-flood scenario.
   */
  backlog: number | null;
  /** Answer SYNs with a SYN cookie when the queue is full (RFC 4987 §3.6; Linux tcp_syncookies). */
  synCookies: boolean;
  /** SYN,ACK retransmissions for a queued half-open connection (Linux tcp_synack_retries = 5). */
  synAckRetries: number;
  /**
   * Take a new SYN in TIME-WAIT as a new connection (RFC 9293 §3.6.1 MAY-2, RFC 6191) when its
   * sequence number lies beyond the old connection's. Off by the RFC's letter (§3.10.7.4 answers
   * the SYN with an ACK); Linux does it.
   */
  reopenFromTimeWait: boolean;
  /** Delay before a lone ACK of data or FIN is sent (RFC 9293 §3.8.6.3: under 0.5 s; Linux ≈ 40 ms). */
  delayedAckMs: number;
  /** Whose choices the endpoint makes where the RFC and Linux differ (profile.ts). */
  profile: Profile;
  /** Linux's tcp_syn_linear_timeouts (4; 0 is the classic exponential back-off). Linux profile only. */
  synLinearTimeouts: number;
}

/** A segment waiting to be acknowledged (RFC 9293 §3.10.8: SYN and FIN are queued like data). */
export interface RetransmitEntry {
  readonly segment: Segment;
  /** Sequence number just past this entry: acknowledged when SND.UNA reaches it. */
  readonly end: number;
  /** When it was first sent: where its round-trip measurement starts (RFC 6298 §2). */
  readonly sentAt: number;
  /** Sent more than once, so its ACK measures nothing (Karn's rule, RFC 6298 §3). */
  readonly retransmitted: boolean;
}

/** What the application asked for but TCP has not yet done (RFC 9293 §3.10.2, §3.10.4). */
export interface PendingCalls {
  /** Byte counts of SENDs issued before the connection was established. */
  readonly sends: readonly number[];
  /** CLOSE issued before the connection was established. */
  readonly close: boolean;
}

/** The transmission control block of one side (RFC 9293 §3.3.1). */
export interface Endpoint {
  readonly side: Side;
  readonly state: TcpState;
  readonly config: EndpointConfig;
  readonly iss: number;
  /** Largest payload we may send: the peer's MSS option, or 536 without one (§3.7.1, MUST-15). */
  readonly sndMss: number;
  /** The peer's port: the configured one, or, for a listener, whoever's SYN it took. */
  readonly remotePort: number;
  /** Initial receive sequence number; null until a SYN is seen. */
  readonly irs: number | null;
  readonly sndUna: number;
  readonly sndNxt: number;
  readonly sndWnd: number;
  readonly rcvNxt: number;
  readonly rcvWnd: number;
  /** SYN-RECEIVED entered from LISTEN (true) or from SYN-SENT (false): decides where a RST leads (§3.10.7.4). */
  readonly passiveOpen: boolean;
  /** The sequence number our FIN occupies, once we have sent one. */
  readonly finSeq: number | null;
  /** The peer's FIN has been received (RCV.NXT has moved past it). */
  readonly finReceived: boolean;
  readonly retransmitQueue: readonly RetransmitEntry[];
  /** Half-open connections from other hosts held by this listener (profile.ts's listenQueueCapacity). */
  readonly synQueue: readonly HalfOpen[];
  /**
   * Connections that completed the handshake and wait for the application's accept(): the
   * listener's accept queue (its capacity is profile.ts's listenQueueCapacity). Like the SYN
   * queue it belongs to the listening socket, so it outlives the connection on the ladder.
   */
  readonly acceptQueue: number;
  readonly pending: PendingCalls;
  readonly timers: EndpointTimers;
  /**
   * The retransmission timer (RFC 6298): smoothed round-trip time and its variation, null until
   * the first measurement (§2.1); the current RTO, backed off on each timeout (§5.5) and kept
   * so until a new measurement (§5 after 5.7); how often the front of the queue has been resent.
   */
  readonly srttMs: number | null;
  readonly rttvarMs: number | null;
  readonly rtoMs: number;
  readonly retries: number;
  /** Connections this endpoint has finished; picks the next ISS (see resetConnection). */
  readonly connections: number;
}

/** Absolute logical deadlines in ms; null when the timer is not running. */
export interface EndpointTimers {
  readonly retransmit: number | null;
  readonly timeWait: number | null;
  readonly delayedAck: number | null;
  /** The earliest deadline among the listener's queued half-open connections. */
  readonly synQueue: number | null;
}

/** A half-open connection waiting in a listener's SYN queue for the ACK that never comes. */
export interface HalfOpen {
  readonly addr: string;
  readonly port: number;
  readonly irs: number;
  readonly iss: number;
  readonly retries: number;
  readonly rtoMs: number;
  readonly deadline: number;
}

export type TimerName = keyof EndpointTimers;
export const TIMER_NAMES: readonly TimerName[] = ['retransmit', 'timeWait', 'delayedAck', 'synQueue'];
