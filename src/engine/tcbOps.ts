/**
 * Small pure operations on a TCB shared by calls, arrivals and timers. Each returns a new
 * Endpoint; nothing here decides *whether* to act — that is the RFC logic in the callers.
 */
import { LINUX } from './profile';
import { measureRtt, SYN_TIMEOUT_RTO_MS, type RttEstimate } from './rto';
import { hasFlag, makeSegment, segmentSeqLength, type ControlBit, type Segment, type Side } from './segment';
import { seqAdd, seqLe } from './seq';
import type { TcpState } from './states';
import type { Endpoint, EndpointConfig, HalfOpen, RetransmitEntry } from './tcb';

export const DEFAULT_ENDPOINT_CONFIG: Omit<EndpointConfig, 'iss' | 'localPort' | 'remotePort'> = {
  // 64240 = 44 × 1460: the window Linux advertises on a fresh connection.
  window: 64240,
  mss: 1460,
  rtoMs: 1000,
  // See MAX_RTO_MS (rto.ts): 7 retries keep a SYN going for 247 s (MUST-23 asks for ≥ 3 minutes).
  maxRetries: 7,
  timeWaitMs: 60_000,
  delayedAckMs: 40,
  handshake: 'three-way',
  backlog: null,
  synCookies: false,
  synAckRetries: 5,
  profile: 'rfc9293',
  synLinearTimeouts: LINUX.synLinearTimeouts,
  reopenFromTimeWait: false,
};

export { DEFAULT_PORTS } from './ports';

/** §3.7.1 MUST-15: without an MSS option, assume 536 bytes. */
export const DEFAULT_SEND_MSS = 536;

export function createEndpoint(side: Side, config: EndpointConfig): Endpoint {
  return {
    side,
    state: 'CLOSED',
    config,
    iss: config.iss,
    sndMss: DEFAULT_SEND_MSS,
    remotePort: config.remotePort,
    irs: null,
    sndUna: config.iss,
    sndNxt: config.iss,
    sndWnd: 0,
    rcvNxt: 0,
    rcvWnd: config.window,
    passiveOpen: false,
    finSeq: null,
    finReceived: false,
    retransmitQueue: [],
    synQueue: [],
    acceptQueue: 0,
    pending: { sends: [], close: false },
    timers: { retransmit: null, timeWait: null, delayedAck: null, synQueue: null },
    srttMs: null,
    rttvarMs: null,
    rtoMs: config.rtoMs,
    retries: 0,
    connections: 0,
  };
}

/**
 * Forget everything about the connection, as when the TCB is deleted (CLOSED) or a half-open
 * connection returns to LISTEN (§3.10.7.4). The first connection uses the ISS the user chose;
 * the next ones follow §3.4.1's clock, which ticks every 4 µs (250 per ms), so a later
 * connection never starts inside the sequence space an earlier one just used. (The keyed hash
 * F() of §3.4.1 is left out: the user's ISN plays its part.)
 */
export function resetConnection(ep: Endpoint, state: 'CLOSED' | 'LISTEN', now: number): Endpoint {
  const iss = seqAdd(ep.config.iss, 250 * now);
  // The SYN queue belongs to the listening socket: it survives a return to LISTEN only.
  const synQueue = state === 'LISTEN' ? ep.synQueue : [];
  return {
    ...ep,
    state,
    iss,
    sndMss: DEFAULT_SEND_MSS,
    remotePort: ep.config.remotePort,
    irs: null,
    sndUna: iss,
    sndNxt: iss,
    sndWnd: 0,
    rcvNxt: 0,
    passiveOpen: false,
    finSeq: null,
    finReceived: false,
    retransmitQueue: [],
    synQueue,
    pending: { sends: [], close: false },
    timers: { retransmit: null, timeWait: null, delayedAck: null, synQueue: earliestDeadline(synQueue) },
    // What the timer learned belonged to this connection (RFC 6298 keeps it per connection).
    srttMs: null,
    rttvarMs: null,
    rtoMs: ep.config.rtoMs,
    retries: 0,
    connections: ep.connections + 1,
  };
}

/** The MSS we may send: the peer's option on its SYN, or the §3.7.1 default. */
export function peerMss(syn: Segment): number {
  return syn.options?.mss ?? DEFAULT_SEND_MSS;
}

export function withState(ep: Endpoint, state: TcpState): Endpoint {
  return { ...ep, state };
}

/** A bare ACK: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> (§3.10.7.4). Cancels a pending delayed ACK. */
export function ourPorts(ep: Endpoint): { srcPort: number; dstPort: number } {
  return { srcPort: ep.config.localPort, dstPort: ep.remotePort };
}

export function sendAck(ep: Endpoint): { ep: Endpoint; segment: Segment } {
  const segment = makeSegment({ ...ourPorts(ep), flags: ['ACK'], seq: ep.sndNxt, ack: ep.rcvNxt, window: ep.rcvWnd });
  return { ep: { ...ep, timers: { ...ep.timers, delayedAck: null } }, segment };
}

/** A reset: with ack given it is RST,ACK, otherwise a bare RST (§3.10.7.1). */
export function makeReset(ports: { srcPort: number; dstPort: number }, seq: number, ack: number | null): Segment {
  return ack === null
    ? makeSegment({ ...ports, flags: ['RST'], seq, window: 0 })
    : makeSegment({ ...ports, flags: ['RST', 'ACK'], seq, ack, window: 0 });
}

/**
 * Send something new at SND.NXT: a SYN, data or a FIN. It occupies sequence space, so it joins
 * the retransmission queue and starts the timer if it is not running (§3.10.8, RFC 6298 §5.1).
 * Any segment with ACK carries RCV.NXT, so a pending delayed ACK rides along and is cancelled.
 */
export function sendNew(ep: Endpoint, flags: readonly ControlBit[], len: number, now: number): { ep: Endpoint; segment: Segment } {
  const hasAck = flags.includes('ACK');
  const isSyn = flags.includes('SYN');
  const segment = makeSegment({
    ...ourPorts(ep),
    flags,
    seq: ep.sndNxt,
    ack: hasAck ? ep.rcvNxt : null,
    len,
    window: ep.rcvWnd,
    ...(isSyn ? { options: { mss: ep.config.mss, windowScale: 7, sackPermitted: true } } : {}),
  });
  const end = seqAdd(ep.sndNxt, segmentSeqLength(segment));
  const next: Endpoint = {
    ...ep,
    sndNxt: end,
    finSeq: flags.includes('FIN') ? ep.sndNxt : ep.finSeq,
    retransmitQueue: [...ep.retransmitQueue, { segment, end, sentAt: now, retransmitted: false }],
    timers: {
      ...ep.timers,
      retransmit: ep.timers.retransmit ?? now + ep.rtoMs,
      delayedAck: hasAck ? null : ep.timers.delayedAck,
    },
  };
  return { ep: next, segment };
}

/**
 * SND.UNA moves to `ack`: drop what is now acknowledged from the retransmission queue, let the
 * timer learn from it (see `learnFromAck`), and restart or stop the timer with the RTO that
 * results (RFC 6298 §5.2–5.3).
 */
export function acknowledge(ep: Endpoint, ack: number, now: number): Endpoint {
  const acked = ep.retransmitQueue.filter((entry) => seqLe(entry.end, ack));
  const queue = ep.retransmitQueue.filter((entry) => !seqLe(entry.end, ack));
  const timing = learnFromAck(ep, acked, now);
  return {
    ...ep,
    ...timing,
    sndUna: ack,
    retransmitQueue: queue,
    retries: 0,
    timers: { ...ep.timers, retransmit: queue.length > 0 ? now + timing.rtoMs : null },
  };
}

/**
 * What an ACK teaches the retransmission timer (RFC 6298):
 *  - The oldest segment it newly acknowledges measures the round trip, now − when it was sent,
 *    unless one of them was sent twice: then nobody knows which copy is being acknowledged, so
 *    nothing is measured (Karn's rule, §3) and the RTO keeps any back-off until a segment that
 *    was sent once is acknowledged (§5, the note after 5.7). The oldest gives the longest, safe
 *    reading when one ACK covers several segments.
 *  - If the SYN (or our SYN,ACK) had to be resent by the timer, the handshake now completes
 *    with no measurement, and the RTO starts over at 3 s (§5.7).
 */
function learnFromAck(ep: Endpoint, acked: readonly RetransmitEntry[], now: number): RttEstimate {
  const estimate: RttEstimate = { srttMs: ep.srttMs, rttvarMs: ep.rttvarMs, rtoMs: ep.rtoMs };
  const oldest = acked[0];
  if (!oldest) return estimate;
  if (acked.every((entry) => !entry.retransmitted)) return measureRtt(estimate, now - oldest.sentAt, ep.config.profile);
  const synTimedOut = ep.retries > 0 && acked.some((entry) => hasFlag(entry.segment, 'SYN'));
  const initialUnder3s = ep.config.rtoMs < SYN_TIMEOUT_RTO_MS;
  return synTimedOut && initialUnder3s ? { ...estimate, rtoMs: SYN_TIMEOUT_RTO_MS } : estimate;
}

export function ourFinAcked(ep: Endpoint): boolean {
  return ep.finSeq !== null && ep.sndUna === seqAdd(ep.finSeq, 1);
}

/** Enter TIME-WAIT: nothing of ours is outstanding; wait 2×MSL (§3.10.7.4, §3.4.2). */
export function enterTimeWait(ep: Endpoint, now: number): Endpoint {
  return {
    ...ep,
    state: 'TIME-WAIT',
    timers: { ...ep.timers, retransmit: null, delayedAck: null, timeWait: now + ep.config.timeWaitMs },
  };
}

export function earliestDeadline(queue: readonly HalfOpen[]): number | null {
  return queue.reduce<number | null>((min, entry) => (min === null || entry.deadline < min ? entry.deadline : min), null);
}
