/**
 * Two profiles, one engine. `rfc9293` does what RFC 9293 (and RFC 6298 for the timer) says
 * wherever the RFC decides; `linux` does what a Linux kernel does instead, as measured on
 * Linux 6.18 (scripts/kernel/README.md). Every difference is one named rule below; the
 * endpoint code asks these functions at its decision points and knows nothing else of Linux.
 */
import { hasFlag, makeSegment, type Segment } from './segment';
import { seqAdd, seqGt } from './seq';
import type { Endpoint, EndpointConfig } from './tcb';

export type Profile = 'rfc9293' | 'linux';
export const PROFILES: readonly Profile[] = ['rfc9293', 'linux'];
export const DEFAULT_PROFILE: Profile = 'rfc9293';

export function isProfile(value: string): value is Profile {
  return (PROFILES as readonly string[]).includes(value);
}

/** Linux's sysctls that shape these rules, at their defaults (Documentation/networking/ip-sysctl). */
export const LINUX = {
  /** tcp_syn_retries: retransmissions of a SYN with exponential back-off. */
  synRetries: 6,
  /** tcp_syn_linear_timeouts: retries at the initial RTO before the back-off starts (0: classic). */
  synLinearTimeouts: 4,
  /** tcp_synack_retries: retransmissions of a SYN,ACK for a half-open connection. */
  synAckRetries: 5,
  /** tcp_retries2: retransmissions of data or a FIN before the connection is given up. */
  retries2: 15,
  /** TCP_RTO_MIN: 200 ms, the floor of the RTO's variance term. */
  rtoMinMs: 200,
  /** TCP_TIMEWAIT_LEN: a compile-time 60 s, not 2×MSL. */
  timeWaitMs: 60_000,
  /** TCP_MAX_QUICKACKS: segments ACKed at once while a connection is young (quick-ACK mode). */
  quickAcks: 16,
  /** RFC 6191 as Linux does it: a new connection made from TIME-WAIT takes ISS = old SND.NXT + 65535 + 2. */
  timeWaitIssGap: 65_537,
} as const;

/**
 * What a profile fixes in an endpoint's configuration (beside the rules below): Linux answers
 * with SYN cookies when its queue is full (tcp_syncookies = 1, the default), holds TIME-WAIT
 * for a fixed 60 s whatever the options say, and lets a listener take a new SYN for a port pair
 * in TIME-WAIT (`reopensFromTimeWait` below).
 */
export function profileConfig(profile: Profile): Partial<EndpointConfig> {
  if (profile === 'rfc9293') return { profile };
  return {
    profile,
    synCookies: true,
    timeWaitMs: LINUX.timeWaitMs,
    synAckRetries: LINUX.synAckRetries,
    reopenFromTimeWait: true,
  };
}

// --- the listener's queues ----------------------------------------------------------------

/**
 * How many connections each of a listener's two queues holds: the half-open ones (SYN-RECEIVED,
 * no final ACK yet) and those that finished the handshake and wait for accept(). RFC 9293 has no
 * accept queue (the socket API lies outside it) and bounds no SYN queue, so the RFC profile reads
 * listen()'s backlog as POSIX words it: the limit of the listen queue, `backlog` connections.
 * Linux holds one more in each (its tests are queued > backlog), both measured with listen(fd, 1):
 * two connections waiting for accept() (scripts/kernel/captures/accept-queue-full), and with SYN
 * cookies off 2 of 8 SYNs answered and queued, 6 dropped (captures/flood-nocookies). Null: no
 * backlog modelled, no limit.
 */
export function listenQueueCapacity(config: Pick<EndpointConfig, 'profile' | 'backlog'>): number | null {
  if (config.backlog === null) return null;
  return config.profile === 'linux' ? config.backlog + 1 : config.backlog;
}

const noRoom = (capacity: number | null, taken: number): boolean => capacity !== null && taken >= capacity;

/**
 * No room for another connection. Both profiles then drop the ACK that would complete a handshake
 * (Linux's default tcp_abort_on_overflow = 0: the half-open connection stays and its SYN,ACK is
 * resent, as §3.10.8 resends anything unacknowledged) and a new SYN (Linux's tcp_conn_request;
 * for the RFC profile the same choice, since a listener that cannot hand over a connection has no
 * reason to start one).
 */
export function acceptQueueFull(ep: Pick<Endpoint, 'acceptQueue' | 'config'>): boolean {
  return noRoom(listenQueueCapacity(ep.config), ep.acceptQueue);
}

/** The half-open queue has no place left: the next SYN gets a SYN cookie, or nothing. */
export function synQueueFull(ep: Pick<Endpoint, 'synQueue' | 'config'>): boolean {
  return noRoom(listenQueueCapacity(ep.config), ep.synQueue.length);
}

// --- the retransmission timer -------------------------------------------------------------

/**
 * RTO from the estimators. RFC 6298 §2.3: SRTT + max(G, 4·RTTVAR), at least 1 s (§2.4).
 * Linux (tcp_rtt_estimator, __tcp_set_rto): SRTT + max(4·RTTVAR, TCP_RTO_MIN), so an RTO of
 * 200 ms plus the round trip — a lost FIN on loopback is resent after about 205 ms.
 */
export function rtoFromEstimate(profile: Profile, srttMs: number, rttvarMs: number, granularityMs: number): number {
  if (profile === 'linux') return srttMs + Math.max(RTTVAR_FACTOR * rttvarMs, LINUX.rtoMinMs);
  return Math.max(srttMs + Math.max(granularityMs, RTTVAR_FACTOR * rttvarMs), RFC6298_MIN_RTO_MS);
}

/** RFC 6298 §2.2's K, the variance multiplier (Linux's mdev is kept as 4·RTTVAR: the same). */
const RTTVAR_FACTOR = 4;
/** RFC 6298 §2.4: "if it is less than 1 second, then the RTO SHOULD be rounded up to 1 second". */
const RFC6298_MIN_RTO_MS = 1000;

/**
 * The RTO after a timeout, `retries` counting the retransmission just made. RFC 6298 §5.5
 * doubles it every time. Linux keeps a SYN's RTO for its first tcp_syn_linear_timeouts
 * retransmissions (SYNs at 0, 1, 2, 3, 4, 5 s), then doubles (7, 11, 19, 35, 67 s).
 */
export function rtoAfterTimeout(ep: Endpoint, retries: number, doubled: number): number {
  const linearSyn = ep.config.profile === 'linux' && ep.state === 'SYN-SENT' && retries <= ep.config.synLinearTimeouts;
  return linearSyn ? ep.rtoMs : doubled;
}

/**
 * How many retransmissions before the connection is given up (RFC 9293 §3.8.3 R2). RFC:
 * one threshold (config.maxRetries). Linux: tcp_syn_retries plus the linear ones for a SYN
 * (10 in all: connect() fails after about 131 s, 127 s classic), tcp_synack_retries in
 * SYN-RECEIVED, tcp_retries2 for data and FIN.
 */
export function retryLimit(ep: Endpoint): number {
  if (ep.config.profile === 'rfc9293') return ep.config.maxRetries;
  switch (ep.state) {
    case 'SYN-SENT':
      return LINUX.synRetries + ep.config.synLinearTimeouts;
    case 'SYN-RECEIVED':
      return ep.config.synAckRetries;
    default:
      return LINUX.retries2;
  }
}

/**
 * A half-open connection whose SYN,ACK was never acknowledged. RFC 9293 §3.8.3: the
 * connection is closed and the user told. Linux drops only the request: the listener was
 * never anything but LISTEN, and no application hears of it.
 */
export function halfOpenGiveUpReturnsToListen(ep: Endpoint): boolean {
  return ep.config.profile === 'linux' && ep.state === 'SYN-RECEIVED' && ep.passiveOpen;
}

// --- arrivals -----------------------------------------------------------------------------

/**
 * A retransmitted SYN (seq = IRS) reaches a passive SYN-RECEIVED. RFC 9293 §3.10.7.4: it fails
 * the sequence test and earns a bare ACK. Linux (tcp_check_req) takes it as a sign its SYN,ACK
 * was lost and sends the SYN,ACK again.
 */
export function resendsSynAckForDuplicateSyn(ep: Endpoint, seg: Segment): boolean {
  return (
    ep.config.profile === 'linux' &&
    ep.state === 'SYN-RECEIVED' &&
    ep.passiveOpen &&
    hasFlag(seg, 'SYN') &&
    !hasFlag(seg, 'RST') &&
    seg.ack === null &&
    seg.seq === ep.irs
  );
}

/**
 * Simultaneous open's crossing SYN,ACKs (Figure 7, line 6). RFC 9293: the SYN,ACK moves us to
 * ESTABLISHED and needs no answer. Linux acknowledges it.
 */
export function acksCrossingSynAck(ep: Endpoint): boolean {
  return ep.config.profile === 'linux';
}

/**
 * A SYN reaches TIME-WAIT. RFC 9293 §3.10.7.4 read to the letter: it is outside the window (an
 * ACK answers) or a SYN in the window (a challenge ACK). §3.6.1 MAY-2 allows instead a new SYN
 * to "reopen the connection directly from TIME-WAIT" if the new ISN is above every sequence
 * number the old connection used. Linux does so (RFC 6191; tcp_timewait_state_process returns
 * TCP_TW_SYN for a SYN without ACK or RST whose sequence number is after RCV.NXT): the
 * TIME-WAIT socket is killed and the SYN handed to the *listening* socket, which makes a new
 * connection with the ISS of `timeWaitReopenIss`. Whether a listener exists is the socket
 * layer's to know (socket.ts asks this rule only when it has one); with none, Linux falls
 * through to the TIME-WAIT ACK, as the RFC does. Turned on by `profileConfig('linux')`.
 */
export function reopensFromTimeWait(ep: Endpoint, seg: Segment): boolean {
  return (
    ep.config.reopenFromTimeWait &&
    ep.state === 'TIME-WAIT' &&
    hasFlag(seg, 'SYN') &&
    !hasFlag(seg, 'ACK') &&
    !hasFlag(seg, 'RST') &&
    seg.srcPort === ep.remotePort &&
    seg.dstPort === ep.config.localPort &&
    seqGt(seg.seq, ep.rcvNxt)
  );
}

/**
 * The new connection's ISS, past anything the old one sent (MAY-2 (1)). Linux: the old
 * SND.NXT + 65535 + 2, and 1 if that wraps to 0 (0 would mean "choose one" to tcp_conn_request).
 */
export function timeWaitReopenIss(ep: Endpoint): number {
  return seqAdd(ep.sndNxt, LINUX.timeWaitIssGap) || 1;
}

// --- acknowledgments ----------------------------------------------------------------------

/**
 * In-order data in ESTABLISHED. RFC 9293 §3.8.6.3 lets the ACK wait (the delayed-ACK timer).
 * Linux starts a connection in quick-ACK mode: the first TCP_MAX_QUICKACKS segments of data
 * are acknowledged at once (approximated here by bytes: up to 16 full-sized segments' worth).
 */
export function acksDataAtOnce(ep: Endpoint, received: number): boolean {
  return ep.config.profile === 'linux' && received <= LINUX.quickAcks * ep.config.mss;
}

/**
 * The ACK of a FIN taken in ESTABLISHED. RFC profile: the delayed-ACK timer (40 ms here), so a
 * reply may ride on it. Linux sends it as soon as the application's read() returns 0
 * (tcp_cleanup_rbuf); a close() at that same instant carries it on its FIN instead: a
 * 3-segment close. Measured: 0.4 ms after the FIN on loopback.
 */
export function finAckDelayMs(ep: Endpoint): number {
  return ep.config.profile === 'linux' ? 0 : ep.config.delayedAckMs;
}

/** A delayed-ACK timer in CLOSE-WAIT under Linux: the FIN's ACK, sent as read() returned 0. */
export function ackTimerIsEofRead(ep: Endpoint): boolean {
  return ep.config.profile === 'linux' && ep.state === 'CLOSE-WAIT';
}

// --- calls --------------------------------------------------------------------------------

/**
 * abort() (SO_LINGER 0 then close()), and close() with data left unread (§3.6.1 SHLD-2, which
 * socket.ts turns into this reset). RFC 9293 §3.10.5: <SEQ=SND.NXT><CTL=RST>. Linux
 * (tcp_send_active_reset, for both) sends RST,ACK with ACK = RCV.NXT.
 */
export function abortReset(ep: Endpoint): Segment {
  const ports = { srcPort: ep.config.localPort, dstPort: ep.remotePort };
  return ep.config.profile === 'linux'
    ? makeSegment({ ...ports, flags: ['RST', 'ACK'], seq: ep.sndNxt, ack: ep.rcvNxt, window: 0 })
    : makeSegment({ ...ports, flags: ['RST'], seq: ep.sndNxt, window: 0 });
}
