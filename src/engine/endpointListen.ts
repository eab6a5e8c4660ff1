/**
 * A segment arrives at a listening socket (RFC 9293 §3.10.7.2), plus what real listeners add:
 * a bounded queue of half-open connections and SYN cookies (RFC 4987), for the SYN-flood lesson.
 */
import { hasFlag, makeSegment, replyPorts, type Segment } from './segment';
import { seqAdd } from './seq';
import { acceptQueueFull, listenQueueCapacity, synQueueFull } from './profile';
import { backedOffRto } from './rto';
import { earliestDeadline, makeReset, peerMss, sendNew, withState } from './tcbOps';
import { result, type StepResult } from './stepResult';
import type { Endpoint, HalfOpen } from './tcb';

export function inListen(ep: Endpoint, seg: Segment, now: number): StepResult {
  if (hasFlag(seg, 'RST')) return result(ep, 'listen-rst-ignored');
  if (seg.ack !== null) {
    const halfOpen = seg.srcAddr === undefined ? undefined : halfOpenAckedBy(ep, seg);
    if (halfOpen) return completeHalfOpen(ep, halfOpen);
    if (ep.config.synCookies && !hasFlag(seg, 'SYN') && cookieMatches(ep, seg)) return acceptCookie(ep, seg);
    // Nothing can be acknowledged yet, so an ACK means a stale or forged segment.
    return result(ep, 'listen-ack-rst', { sent: [makeReset(replyPorts(seg), seg.ack, null)] });
  }
  if (!hasFlag(seg, 'SYN')) return result(ep, 'listen-dropped');
  // Nowhere to put the connection once made: Linux drops the SYN (tcp_conn_request) and the
  // client's timer will try again; profile.ts acceptQueueFull says why both profiles do.
  if (acceptQueueFull(ep)) return result(ep, 'listen-accept-queue-full', { params: acceptQueueParams(ep) });

  if (synQueueFull(ep)) {
    if (ep.config.synCookies) return answerWithCookie(ep, seg);
    // Linux drops the SYN silently; the sender's retransmission timer is its only hope.
    return result(ep, 'listen-backlog-full', { params: synQueueParams(ep) });
  }
  // Our model draws one connection: the one with the client host. Other hosts' SYNs (spoofed
  // ones, in the flood) wait in the queue while the listening TCB stays in LISTEN.
  if (seg.srcAddr !== undefined && ep.config.backlog !== null) return queueHalfOpen(ep, seg, now);
  return becomeSynReceived(ep, seg, now);
}

function becomeSynReceived(ep: Endpoint, seg: Segment, now: number): StepResult {
  const synced: Endpoint = {
    ...ep,
    sndMss: peerMss(seg),
    remotePort: seg.srcPort,
    irs: seg.seq,
    rcvNxt: seqAdd(seg.seq, 1),
    sndWnd: seg.window,
    sndUna: ep.iss,
    sndNxt: ep.iss,
  };
  const { ep: sent, segment } = sendNew(synced, ['SYN', 'ACK'], 0, now);
  if (ep.config.handshake === 'two-way') {
    // The counterfactual: no third segment to wait for, so the server commits at once and
    // never learns whether anyone asked. Nothing will ever acknowledge its SYN, so it holds
    // no retransmission timer either: it just waits for data.
    const committed: Endpoint = { ...sent, retransmitQueue: [], timers: { ...sent.timers, retransmit: null } };
    return result({ ...withState(committed, 'ESTABLISHED'), passiveOpen: true }, 'two-way-listen-syn', {
      sent: [segment],
      app: ['accept-returned'],
    });
  }
  return result({ ...withState(sent, 'SYN-RECEIVED'), passiveOpen: true }, 'listen-syn', { sent: [segment] });
}

/** A SYN,ACK to `addr` (absent: our own client host). */
function synAckFor(ep: Endpoint, entry: { addr?: string; port: number; irs: number; iss: number }): Segment {
  return makeSegment({
    srcPort: ep.config.localPort,
    dstPort: entry.port,
    ...(entry.addr !== undefined ? { dstAddr: entry.addr } : {}),
    flags: ['SYN', 'ACK'],
    seq: entry.iss,
    ack: seqAdd(entry.irs, 1),
    window: ep.rcvWnd,
    options: { mss: ep.config.mss, windowScale: 7, sackPermitted: true },
  });
}

function queueHalfOpen(ep: Endpoint, seg: Segment, now: number): StepResult {
  const entry: HalfOpen = {
    addr: seg.srcAddr ?? 'unknown',
    port: seg.srcPort,
    irs: seg.seq,
    // Each half-open connection needs its own ISS; a readable step stands in for §3.4.1's clock.
    iss: seqAdd(ep.iss, 10_000 * (ep.synQueue.length + 1)),
    retries: 0,
    rtoMs: ep.config.rtoMs,
    deadline: now + ep.config.rtoMs,
  };
  const synQueue = [...ep.synQueue, entry];
  return result({ ...ep, synQueue, timers: { ...ep.timers, synQueue: earliestDeadline(synQueue) } }, 'listen-syn-queued', {
    sent: [synAckFor(ep, entry)],
    params: synQueueParams({ ...ep, synQueue }),
  });
}

/** The half-open queue's numbers for the explanation: entries, room for how many, listen()'s backlog. */
function synQueueParams(ep: Pick<Endpoint, 'synQueue' | 'config'>): Record<string, number> {
  return { queued: ep.synQueue.length, capacity: listenQueueCapacity(ep.config) ?? 0, backlog: ep.config.backlog ?? 0 };
}

/** The accept queue's numbers for the explanation: connections waiting, and room for how many. */
export function acceptQueueParams(ep: Pick<Endpoint, 'acceptQueue' | 'config'>): Record<string, number> {
  return { queued: ep.acceptQueue, capacity: listenQueueCapacity(ep.config) ?? 0 };
}

/** The half-open connection of another host whose SYN,ACK this segment acknowledges (§3.10.7.4). */
function halfOpenAckedBy(ep: Endpoint, seg: Segment): HalfOpen | undefined {
  return ep.synQueue.find((entry) => entry.addr === seg.srcAddr && entry.port === seg.srcPort && seg.ack === seqAdd(entry.iss, 1));
}

/**
 * Another client's handshake completes: its connection leaves the SYN queue for the accept
 * queue. With the accept queue full the ACK is dropped and the entry stays, its SYN,ACK timer
 * running (Linux, tcp_abort_on_overflow = 0).
 */
function completeHalfOpen(ep: Endpoint, entry: HalfOpen): StepResult {
  if (acceptQueueFull(ep)) return result(ep, 'accept-queue-full', { params: { ...acceptQueueParams(ep), addr: entry.addr } });
  const synQueue = ep.synQueue.filter((other) => other !== entry);
  const completed = { ...ep, synQueue, acceptQueue: ep.acceptQueue + 1, timers: { ...ep.timers, synQueue: earliestDeadline(synQueue) } };
  return result(completed, 'listen-other-completed', { params: { ...acceptQueueParams(completed), addr: entry.addr } });
}

/** The listener's queue timer: resend one due SYN,ACK, or give the half-open connection up. */
export function synQueueTimer(ep: Endpoint, now: number): StepResult {
  const due = ep.synQueue.find((entry) => entry.deadline <= now);
  if (!due) return result(ep, 'syn-queue-retransmit');
  const others = ep.synQueue.filter((entry) => entry !== due);
  if (due.retries >= ep.config.synAckRetries) {
    return result({ ...ep, synQueue: others, timers: { ...ep.timers, synQueue: earliestDeadline(others) } }, 'syn-queue-expired', {
      params: synQueueParams({ ...ep, synQueue: others }),
    });
  }
  const rtoMs = backedOffRto(due.rtoMs);
  const resent: HalfOpen = { ...due, retries: due.retries + 1, rtoMs, deadline: now + rtoMs };
  const synQueue = ep.synQueue.map((entry) => (entry === due ? resent : entry));
  return result({ ...ep, synQueue, timers: { ...ep.timers, synQueue: earliestDeadline(synQueue) } }, 'syn-queue-retransmit', {
    retransmitted: [synAckFor(ep, due)],
    params: { retry: resent.retries, rto: due.rtoMs / 1000 },
  });
}

/**
 * A SYN cookie (RFC 4987 §3.6): the ISS is a keyed hash of the connection's ports and the
 * client's ISN, so the listener keeps no state until an ACK proves the client is real.
 * Real stacks also fold in a time slot and the MSS; a fixed key keeps runs deterministic.
 */
function cookie(ep: Endpoint, remotePort: number, irs: number): number {
  let h = (ep.config.iss ^ 0x9e3779b9) >>> 0;
  for (const word of [remotePort, ep.config.localPort, irs]) {
    h = Math.imul(h ^ word, 0x85ebca6b) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
  }
  return h;
}

function answerWithCookie(ep: Endpoint, seg: Segment): StepResult {
  const synAck = synAckFor(ep, {
    ...(seg.srcAddr !== undefined ? { addr: seg.srcAddr } : {}),
    port: seg.srcPort,
    irs: seg.seq,
    iss: cookie(ep, seg.srcPort, seg.seq),
  });
  return result(ep, 'listen-syn-cookie', { sent: [synAck], params: { backlog: ep.config.backlog ?? 0 } });
}

function cookieMatches(ep: Endpoint, seg: Segment): boolean {
  const irs = seqAdd(seg.seq, -1);
  return seg.ack === seqAdd(cookie(ep, seg.srcPort, irs), 1);
}

/** The ACK carries the cookie back (ack − 1): rebuild the connection straight into ESTABLISHED. */
function acceptCookie(ep: Endpoint, seg: Segment): StepResult {
  const ack = seg.ack ?? 0;
  const established: Endpoint = {
    ...withState(ep, 'ESTABLISHED'),
    passiveOpen: true,
    remotePort: seg.srcPort,
    iss: seqAdd(ack, -1),
    irs: seqAdd(seg.seq, -1),
    sndUna: ack,
    sndNxt: ack,
    sndWnd: seg.window,
    rcvNxt: seg.seq,
    timers: { ...ep.timers, retransmit: null },
  };
  return result(established, 'syn-cookie-ack', { app: ['accept-returned'] });
}
