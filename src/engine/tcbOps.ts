/**
 * Small pure operations on a TCB shared by calls, arrivals and timers. Each returns a new
 * Endpoint; nothing here decides *whether* to act — that is the RFC logic in the callers.
 */
import { makeSegment, segmentSeqLength, type ControlBit, type Segment, type Side } from './segment';
import { seqAdd, seqLe } from './seq';
import type { TcpState } from './states';
import type { Endpoint, EndpointConfig, HalfOpen } from './tcb';

export const DEFAULT_ENDPOINT_CONFIG: Omit<EndpointConfig, 'iss' | 'localPort' | 'remotePort'> = {
  // 64240 = 44 × 1460: the window Linux advertises on a fresh connection.
  window: 64240,
  mss: 1460,
  rtoMs: 1000,
  // See MAX_RTO_MS: 7 retries keep a SYN going for 247 s (MUST-23 asks for ≥ 3 minutes).
  maxRetries: 7,
  timeWaitMs: 60_000,
  delayedAckMs: 40,
  handshake: 'three-way',
  backlog: null,
  synCookies: false,
  synAckRetries: 5,
};

/**
 * Ports: the client's is the first of the IANA dynamic range (RFC 6335), the server's is
 * HTTP's, the port a class is most likely to recognise.
 */
export const DEFAULT_PORTS = { client: 49152, server: 80 } as const;

/**
 * RFC 6298 §2.5 lets an implementation cap the RTO at 60 s or more; Linux uses 120 s. With 7
 * retries a SYN is retried for 247 s, honouring §3.8.3 MUST-23 (at least 3 minutes); Linux's
 * default of 6 SYN retries gives up after 127 s, shorter than the RFC asks.
 */
const MAX_RTO_MS = 120_000;

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
    pending: { sends: [], close: false },
    timers: { retransmit: null, timeWait: null, delayedAck: null, synQueue: null },
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
export function sendNew(
  ep: Endpoint,
  flags: readonly ControlBit[],
  len: number,
  now: number,
): { ep: Endpoint; segment: Segment } {
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
    retransmitQueue: [...ep.retransmitQueue, { segment, end }],
    timers: {
      ...ep.timers,
      retransmit: ep.timers.retransmit ?? now + ep.rtoMs,
      delayedAck: hasAck ? null : ep.timers.delayedAck,
    },
  };
  return { ep: next, segment };
}

/**
 * SND.UNA moves to `ack`: drop what is now acknowledged from the retransmission queue and
 * restart or stop the timer (RFC 6298 §5.2–5.3). The back-off is forgotten on new
 * acknowledgments; RFC 6298 would keep it until a fresh RTT sample, which we do not measure.
 */
export function acknowledge(ep: Endpoint, ack: number, now: number): Endpoint {
  const queue = ep.retransmitQueue.filter((entry) => !seqLe(entry.end, ack));
  return {
    ...ep,
    sndUna: ack,
    retransmitQueue: queue,
    rtoMs: ep.config.rtoMs,
    retries: 0,
    timers: { ...ep.timers, retransmit: queue.length > 0 ? now + ep.config.rtoMs : null },
  };
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

export function backedOffRto(rtoMs: number): number {
  return Math.min(rtoMs * 2, MAX_RTO_MS);
}
