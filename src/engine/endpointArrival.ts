/**
 * SEGMENT ARRIVES (RFC 9293 §3.10.7): CLOSED (.1), LISTEN (.2), SYN-SENT (.3), and the other
 * states (.4) checked in the RFC's order — sequence number, RST, SYN, ACK, data, FIN.
 */
import { hasFlag, makeSegment, replyPorts, segmentSeqLength, type Segment } from './segment';
import { seqAdd, seqDiff, seqGt, seqInRange, seqLe, seqLt } from './seq';
import { acknowledge, enterTimeWait, makeReset, ourFinAcked, ourPorts, peerMss, resetConnection, sendAck, withState } from './tcbOps';
import { sendData, sendFin } from './endpointCalls';
import { inListen } from './endpointListen';
import { acksCrossingSynAck, acksDataAtOnce, finAckDelayMs, resendsSynAckForDuplicateSyn } from './profile';
import { result, type StepResult } from './stepResult';
import type { RuleId } from './rules';
import type { TcpState } from './states';
import type { Endpoint } from './tcb';
import type { AppEvent } from './trace';

export function applyArrival(ep: Endpoint, seg: Segment, now: number): StepResult {
  switch (ep.state) {
    case 'CLOSED':
      return inClosed(ep, seg);
    case 'LISTEN':
      return inListen(ep, seg, now);
    case 'SYN-SENT':
      return inSynSent(ep, seg, now);
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      return inOtherStates(ep, seg, now);
  }
}

/** §3.10.7.1: no TCB. Anything but a RST is answered with a RST that the sender will accept. */
function inClosed(ep: Endpoint, seg: Segment): StepResult {
  if (hasFlag(seg, 'RST')) return result(ep, 'closed-rst-ignored');
  if (ep.config.handshake === 'two-way') return result(ep, 'two-way-closed-ignores');
  const rst =
    seg.ack !== null ? makeReset(replyPorts(seg), seg.ack, null) : makeReset(replyPorts(seg), 0, seqAdd(seg.seq, segmentSeqLength(seg)));
  return result(ep, 'closed-reply-rst', { sent: [rst] });
}

/** §3.10.7.3 */
function inSynSent(ep: Endpoint, seg: Segment, now: number): StepResult {
  let ackAcceptable = false;
  if (seg.ack !== null) {
    // "If SEG.ACK =< ISS or SEG.ACK > SND.NXT, send a reset (unless the RST bit is set)".
    if (seqLe(seg.ack, ep.iss) || seqGt(seg.ack, ep.sndNxt)) {
      if (hasFlag(seg, 'RST')) return result(ep, 'syn-sent-bad-ack-dropped');
      return result(ep, 'syn-sent-bad-ack-rst', { sent: [makeReset(replyPorts(seg), seg.ack, null)] });
    }
    ackAcceptable = seqLt(ep.sndUna, seg.ack) && seqLe(seg.ack, ep.sndNxt);
  }
  if (hasFlag(seg, 'RST')) {
    if (!ackAcceptable) return result(ep, 'syn-sent-rst-ignored');
    return result(resetConnection(ep, 'CLOSED', now), 'syn-sent-rst-refused', { app: ['connection-refused'] });
  }
  if (!hasFlag(seg, 'SYN')) return result(ep, 'syn-sent-dropped');

  let next: Endpoint = { ...ep, irs: seg.seq, rcvNxt: seqAdd(seg.seq, 1), sndWnd: seg.window, sndMss: peerMss(seg) };
  if (seg.ack !== null && ackAcceptable) next = acknowledge(next, seg.ack, now);
  if (seqGt(next.sndUna, next.iss)) return establishBySynAck(next, seg, now);
  return simultaneousOpen(next);
}

/** SYN-SENT, and the peer's SYN acknowledges ours. */
function establishBySynAck(ep: Endpoint, seg: Segment, now: number): StepResult {
  // Our SYN is acknowledged: "enter ESTABLISHED state, form an ACK segment and send it", then
  // any queued data. "If there are other controls or text in the segment, then continue
  // processing at the sixth step": a FIN or data riding on the SYN,ACK is taken too, and then
  // a single ACK after it covers everything.
  let established = withState(ep, 'ESTABLISHED');
  const sent: Segment[] = [];
  if (seg.len === 0 && !hasFlag(seg, 'FIN')) {
    const out = sendAck(established);
    established = out.ep;
    sent.push(out.segment);
  }
  const flushed = flushPending(established, now);
  sent.push(...flushed.sent);
  return processText({
    ep: flushed.ep,
    before: 'SYN-SENT',
    seg,
    now,
    ackRule: 'syn-sent-syn-ack',
    alreadySent: sent,
    app: ['connect-returned'],
    mustAck: true,
  });
}

/** SYN-SENT, and the peer's SYN crossed ours. */
function simultaneousOpen(ep: Endpoint): StepResult {
  // Simultaneous open (§3.5 Figure 7): "enter SYN-RECEIVED, form a SYN,ACK segment" with the
  // same ISS. It replaces our SYN at the front of the retransmission queue, and since it sends
  // our SYN a second time, its acknowledgment measures no round trip (Karn, RFC 6298 §3).
  const synAck = makeSegment({
    ...ourPorts(ep),
    flags: ['SYN', 'ACK'],
    seq: ep.iss,
    ack: ep.rcvNxt,
    window: ep.rcvWnd,
    options: { mss: ep.config.mss, windowScale: 7, sackPermitted: true },
  });
  const queue = ep.retransmitQueue.map((entry, i) => (i === 0 ? { ...entry, segment: synAck, retransmitted: true } : entry));
  return result({ ...withState(ep, 'SYN-RECEIVED'), passiveOpen: false, retransmitQueue: queue }, 'syn-sent-simultaneous-syn', {
    sent: [synAck],
  });
}

/**
 * §3.3.2 acceptability test: does any part of the segment fall inside the receive window?
 */
export function segmentAcceptable(ep: Endpoint, seg: Segment): boolean {
  const len = segmentSeqLength(seg);
  const wndEnd = seqAdd(ep.rcvNxt, ep.rcvWnd);
  if (len === 0) {
    return ep.rcvWnd === 0 ? seg.seq === ep.rcvNxt : seqInRange(seg.seq, ep.rcvNxt, wndEnd);
  }
  if (ep.rcvWnd === 0) return false;
  return seqInRange(seg.seq, ep.rcvNxt, wndEnd) || seqInRange(seqAdd(seg.seq, len - 1), ep.rcvNxt, wndEnd);
}

/** §3.10.7.4: SYN-RECEIVED and the synchronized states. */
function inOtherStates(ep: Endpoint, seg: Segment, now: number): StepResult {
  const isRst = hasFlag(seg, 'RST');

  // Where Linux decides before the sequence test (profile.ts): a retransmitted SYN answered with
  // the SYN,ACK again. (A new SYN reopening TIME-WAIT is the socket layer's: socket.ts.)
  if (resendsSynAckForDuplicateSyn(ep, seg)) return resendSynAck(ep, now);

  // TIME-WAIT: the peer resent its FIN because our last ACK was lost. It lies just behind
  // RCV.NXT, so the window test below would only re-ACK it; the FIN rule of §3.10.7.4 (eighth)
  // also says to restart the 2 MSL timeout — the reason TIME-WAIT exists.
  if (isFinAgainInTimeWait(ep, seg)) {
    const { ep: acked, segment } = sendAck(enterTimeWait(ep, now));
    return result(acked, 'time-wait-fin-again', { sent: [segment], params: { timeWait: ep.config.timeWaitMs } });
  }

  // Simultaneous open, last leg (Figure 7, line 6): the peer's SYN,ACK repeats the SYN we
  // already took, so it sits one behind RCV.NXT, but its ACK acknowledges our SYN.
  if (isSimultaneousSynAck(ep, seg)) {
    const acked = acknowledge(withState(ep, 'ESTABLISHED'), seg.ack, now);
    if (!acksCrossingSynAck(acked)) {
      return finishEstablished(acked, 'syn-received-simultaneous-syn-ack', [], ['connect-returned'], now);
    }
    const { ep: answered, segment } = sendAck(acked);
    return finishEstablished(answered, 'syn-received-simultaneous-syn-ack-ack', [segment], ['connect-returned'], now);
  }

  // First: the sequence number.
  if (!segmentAcceptable(ep, seg)) {
    if (isRst) return result(ep, 'unacceptable-rst-dropped');
    const { ep: acked, segment } = sendAck(ep);
    return result(acked, 'unacceptable-ack', { sent: [segment] });
  }

  // Second: RST. RFC 5961 §3 as adopted by §3.10.7.4: only an exact RCV.NXT resets; anything
  // else in the window earns a challenge ACK, so a blind attacker cannot guess a reset.
  if (isRst) {
    if (seg.seq !== ep.rcvNxt) {
      const { ep: acked, segment } = sendAck(ep);
      return result(acked, 'rst-challenge-ack', { sent: [segment] });
    }
    return resetByPeer(ep, now);
  }

  // Fourth: SYN in the window (a retransmitted SYN would have failed the test above).
  if (hasFlag(seg, 'SYN')) {
    if (ep.state === 'SYN-RECEIVED' && ep.passiveOpen) {
      return result(resetConnection(ep, 'LISTEN', now), 'syn-received-syn-to-listen');
    }
    const { ep: acked, segment } = sendAck(ep);
    return result(acked, 'syn-challenge-ack', { sent: [segment] });
  }

  // Fifth: ACK.
  if (seg.ack === null) return result(ep, 'no-ack-dropped');
  return processAck(ep, seg, seg.ack, now);
}

/** Linux: the SYN,ACK at the front of the queue again, its timer restarted, its retry count kept. */
function resendSynAck(ep: Endpoint, now: number): StepResult {
  const front = ep.retransmitQueue[0];
  if (!front) return result(ep, 'syn-received-dup-syn-syn-ack');
  const next: Endpoint = {
    ...ep,
    // Sent twice now: its ACK measures no round trip (Karn, RFC 6298 §3).
    retransmitQueue: [{ ...front, retransmitted: true }, ...ep.retransmitQueue.slice(1)],
    timers: { ...ep.timers, retransmit: now + ep.rtoMs },
  };
  return result(next, 'syn-received-dup-syn-syn-ack', { retransmitted: [front.segment] });
}

/** TIME-WAIT, and the peer's FIN again: the one that ends just at RCV.NXT. */
function isFinAgainInTimeWait(ep: Endpoint, seg: Segment): boolean {
  return ep.state === 'TIME-WAIT' && !hasFlag(seg, 'RST') && hasFlag(seg, 'FIN') && seqAdd(seg.seq, segmentSeqLength(seg)) === ep.rcvNxt;
}

/** SYN-RECEIVED by simultaneous open, and the peer's SYN,ACK: its SYN the one we took, its ACK our SYN. */
function isSimultaneousSynAck(ep: Endpoint, seg: Segment): seg is Segment & { readonly ack: number } {
  return (
    ep.state === 'SYN-RECEIVED' &&
    !ep.passiveOpen &&
    !hasFlag(seg, 'RST') &&
    hasFlag(seg, 'SYN') &&
    seg.ack !== null &&
    seg.seq === ep.irs &&
    seg.ack === ep.sndNxt
  );
}

function resetByPeer(ep: Endpoint, now: number): StepResult {
  switch (ep.state) {
    case 'SYN-RECEIVED':
      // Figure 5 note 1: a half-open connection that came from LISTEN goes back to LISTEN.
      return ep.passiveOpen
        ? result(resetConnection(ep, 'LISTEN', now), 'rst-syn-received-to-listen')
        : result(resetConnection(ep, 'CLOSED', now), 'rst-syn-received-refused', { app: ['connection-refused'] });
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT':
      return result(resetConnection(ep, 'CLOSED', now), 'rst-reset', { app: ['connection-reset'] });
    default:
      // Both sides had already closed; the application is owed no signal (§3.10.7.4).
      return result(resetConnection(ep, 'CLOSED', now), 'rst-closed');
  }
}

function processAck(ep: Endpoint, seg: Segment, ack: number, now: number): StepResult {
  let next = ep;
  let rule: RuleId | null = null;
  const app: AppEvent[] = [];
  const newlyAcked = seqLt(ep.sndUna, ack) && seqLe(ack, ep.sndNxt);

  if (ep.state === 'SYN-RECEIVED') {
    if (!newlyAcked) {
      // "If the segment acknowledgment is not acceptable, form a reset segment <SEQ=SEG.ACK><CTL=RST>".
      return result(ep, 'syn-received-bad-ack-rst', { sent: [makeReset(replyPorts(seg), ack, null)] });
    }
    next = acknowledge(withState(ep, 'ESTABLISHED'), ack, now);
    rule = 'syn-received-ack';
    app.push(ep.passiveOpen ? 'accept-returned' : 'connect-returned');
  } else if (seqGt(ack, ep.sndNxt)) {
    // Acknowledges something not yet sent: "send an ACK, drop the segment, and return".
    const { ep: acked, segment } = sendAck(ep);
    return result(acked, 'ack-ahead', { sent: [segment] });
  } else if (newlyAcked) {
    next = acknowledge(ep, ack, now);
    rule = 'ack-advances';
  }
  // "If SND.UNA =< SEG.ACK =< SND.NXT, the send window should be updated" (fifth step; the
  // SND.WL1/WL2 ordering check is left out: this network never reorders within a window).
  if (seqLe(next.sndUna, ack) && seqLe(ack, next.sndNxt)) next = { ...next, sndWnd: seg.window };

  switch (next.state) {
    case 'FIN-WAIT-1':
      if (ourFinAcked(next)) {
        next = withState(next, 'FIN-WAIT-2');
        rule = 'fin-wait-1-acked';
      }
      break;
    case 'CLOSING':
      if (ourFinAcked(next)) return result(enterTimeWait(next, now), 'closing-acked', { params: { timeWait: ep.config.timeWaitMs } });
      break;
    case 'LAST-ACK':
      if (ourFinAcked(next)) {
        return result(resetConnection(next, 'CLOSED', now), 'last-ack-acked', { app: ['connection-closed'] });
      }
      break;
    case 'TIME-WAIT':
      // Nothing but a retransmitted FIN is expected here; that case was handled up front.
      return result(next, rule ?? 'ack-old');
    default:
      break;
  }

  // Pending calls wait for ESTABLISHED (§3.10.2, §3.10.4).
  const flushed = ep.state === 'SYN-RECEIVED' ? flushPending(next, now) : { ep: next, sent: [] };
  return processText({ ep: flushed.ep, before: ep.state, seg, now, ackRule: rule ?? 'ack-old', alreadySent: flushed.sent, app });
}

/** A segment past its ACK, handed on to take its text and FIN (§3.10.7.4, seventh and eighth). */
interface TextArrival {
  readonly ep: Endpoint;
  /** The state before this segment arrived: its ACK may have moved us on already. */
  readonly before: TcpState;
  readonly seg: Segment;
  readonly now: number;
  /** The rule that decided the step if the text and FIN change nothing. */
  readonly ackRule: RuleId;
  readonly alreadySent: readonly Segment[];
  readonly app: readonly AppEvent[];
  /** Something (a SYN) must be acknowledged even if the segment holds no text or FIN. */
  readonly mustAck?: boolean;
}

/** What taking a segment's text and FIN has done so far, and what it owes the peer. */
interface Reception {
  readonly ep: Endpoint;
  readonly rule: RuleId;
  readonly app: readonly AppEvent[];
  readonly params: Readonly<Record<string, number | string>>;
  readonly ackNow: boolean;
  /** An ACK that may wait (the delayed-ACK timer) for a reply to ride on. */
  readonly ackLater: boolean;
  /** How long it may wait, when not the delayed-ACK timer's usual delay. */
  readonly ackDelayMs?: number;
}

/** Where the segment's text lies against what we have received. */
interface TextEdge {
  /** Only these states still take text from the peer. */
  readonly receiving: boolean;
  /** It starts at or before RCV.NXT: nothing is missing in front of it. */
  readonly inOrder: boolean;
  /** Bytes of it not received before and inside the receive window (RCV.WND). */
  readonly newBytes: number;
  readonly synSkip: number;
}

/** Seventh and eighth: segment text and FIN. Out-of-order data is not queued in this model. */
function processText(arrival: TextArrival): StepResult {
  const { ep, seg, ackRule, app, mustAck = false } = arrival;
  const edge = textEdge(ep, seg);
  const start: Reception = { ep, rule: ackRule, app, params: {}, ackNow: mustAck, ackLater: false };
  const taken = receiveFin(receiveText(start, seg, edge), arrival, edge);
  return acknowledgeReception(taken, arrival);
}

function textEdge(ep: Endpoint, seg: Segment): TextEdge {
  const receiving = ep.state === 'ESTABLISHED' || ep.state === 'FIN-WAIT-1' || ep.state === 'FIN-WAIT-2';
  // Part of the segment may already have been received (a retransmission overlapping RCV.NXT);
  // §3.10.7.4 says to treat the segment as if it began at RCV.NXT.
  const skip = seqLt(seg.seq, ep.rcvNxt) ? seqDiff(ep.rcvNxt, seg.seq) : 0;
  const synSkip = hasFlag(seg, 'SYN') ? 1 : 0;
  // Text beyond the window is trimmed off (§3.10.7.4, "does not exceed the window").
  const newBytes = Math.min(ep.rcvWnd, Math.max(0, seg.len - Math.max(0, skip - synSkip)));
  return { receiving, inOrder: seqLe(seg.seq, ep.rcvNxt), newBytes, synSkip };
}

/** Seventh: new text in order advances RCV.NXT and is read; a gap earns a duplicate ACK. */
function receiveText(so: Reception, seg: Segment, { receiving, inOrder, newBytes }: TextEdge): Reception {
  if (receiving && inOrder && newBytes > 0) {
    const ep = { ...so.ep, rcvNxt: seqAdd(so.ep.rcvNxt, newBytes) };
    // An ACK may wait for a reply to ride on only while we can still send, and not past a
    // second segment: "an ACK SHOULD be generated for at least every second full-sized
    // segment" (§3.8.6.3) — a delayed ACK already pending means this is the second.
    const received = ep.irs === null ? newBytes : seqDiff(ep.rcvNxt, seqAdd(ep.irs, 1));
    const mayDelay = ep.state === 'ESTABLISHED' && ep.timers.delayedAck === null && !acksDataAtOnce(ep, received);
    return {
      ...so,
      ep,
      rule: 'data-received',
      params: { ...so.params, bytes: newBytes },
      app: [...so.app, 'data-read'],
      ackLater: so.ackLater || mayDelay,
      ackNow: so.ackNow || !mayDelay,
    };
  }
  // A gap: tell the sender what we still expect (a duplicate ACK); it will retransmit.
  if (receiving && !inOrder && (seg.len > 0 || hasFlag(seg, 'FIN'))) return { ...so, ackNow: true };
  return so;
}

/** Eighth: a FIN right after the text closes the peer's direction and moves our state on. */
function receiveFin(so: Reception, { seg, before, now }: TextArrival, { inOrder, synSkip }: TextEdge): Reception {
  const finAtEdge = hasFlag(seg, 'FIN') && inOrder && seqAdd(seg.seq, seg.len + synSkip) === so.ep.rcvNxt;
  if (!finAtEdge || so.ep.finReceived) return so;
  const ep: Endpoint = { ...so.ep, rcvNxt: seqAdd(so.ep.rcvNxt, 1), finReceived: true };
  const eof: Reception = { ...so, ep, app: [...so.app, 'eof'] };
  switch (ep.state) {
    case 'ESTABLISHED':
      // Also reached from SYN-RECEIVED: the ACK on this FIN just established the connection.
      // The application may close at once; then our FIN carries this ACK (3-segment close).
      return {
        ...eof,
        ep: withState(ep, 'CLOSE-WAIT'),
        rule: 'fin-to-close-wait',
        ackDelayMs: finAckDelayMs(ep),
        ackLater: eof.ackLater || before === 'ESTABLISHED',
        ackNow: eof.ackNow || before !== 'ESTABLISHED',
      };
    case 'FIN-WAIT-1':
      return { ...eof, ep: withState(ep, 'CLOSING'), rule: 'fin-to-closing', ackNow: true };
    case 'FIN-WAIT-2':
      return {
        ...eof,
        ep: enterTimeWait(ep, now),
        rule: before === 'FIN-WAIT-1' ? 'fin-acks-ours-to-time-wait' : 'fin-wait-2-fin',
        params: { ...eof.params, timeWait: ep.config.timeWaitMs },
        ackNow: true,
        ackLater: false,
      };
    default:
      return eof;
  }
}

/** Send the ACK owed now (unless one already sent covers it), or start the delayed-ACK timer. */
function acknowledgeReception(
  { ep, rule, app, params, ackNow, ackLater, ackDelayMs }: Reception,
  { alreadySent, now }: TextArrival,
): StepResult {
  const sent: Segment[] = [...alreadySent];
  let next = ep;
  if (ackNow && !sent.some((s) => s.ack === next.rcvNxt)) {
    const { ep: acked, segment } = sendAck(next);
    next = acked;
    sent.push(segment);
  } else if (ackLater && next.timers.delayedAck === null) {
    next = { ...next, timers: { ...next.timers, delayedAck: now + (ackDelayMs ?? next.config.delayedAckMs) } };
  }
  return result(next, rule, { sent, app: [...app], params: { ...params } });
}

/** Work the application asked for before the connection was established. */
function flushPending(ep: Endpoint, now: number): { ep: Endpoint; sent: Segment[] } {
  let next: Endpoint = { ...ep, pending: { sends: [], close: false } };
  const sent: Segment[] = [];
  for (const bytes of ep.pending.sends) {
    const out = sendData(next, bytes, now);
    next = out.ep;
    sent.push(...out.segments);
  }
  if (ep.pending.close) {
    const fin = sendFin(next, 'FIN-WAIT-1', now);
    next = fin.endpoint;
    sent.push(...fin.emitted.map((e) => e.segment));
  }
  return { ep: next, sent };
}

/** Entering ESTABLISHED from SYN-SENT or by simultaneous open: send what was queued. */
function finishEstablished(ep: Endpoint, rule: RuleId, sent: Segment[], app: AppEvent[], now: number): StepResult {
  const flushed = flushPending(ep, now);
  return result(flushed.ep, rule, { sent: [...sent, ...flushed.sent], app });
}
