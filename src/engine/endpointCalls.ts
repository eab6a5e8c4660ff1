/** User calls: OPEN (§3.10.1), SEND (§3.10.2), CLOSE (§3.10.4), ABORT (§3.10.5). */
import { resetConnection, sendNew, withState } from './tcbOps';
import { abortReset } from './profile';
import { result, type StepResult } from './stepResult';
import type { Segment } from './segment';
import type { Endpoint } from './tcb';
import type { UserCall } from './trace';

export function applyCall(ep: Endpoint, call: UserCall, bytes: number, now: number): StepResult {
  switch (call) {
    case 'listen':
      return listen(ep);
    case 'connect':
      return connect(ep, now);
    case 'send':
      return send(ep, bytes, now);
    case 'close':
    case 'shutdown':
      // Both are RFC CLOSE: "I have no more to send" (§3.6). shutdown(SHUT_WR) keeps reading,
      // which in this model (no receive buffer) behaves the same on the wire.
      return close(ep, now);
    case 'abort':
      return abort(ep, now);
    case 'read':
    case 'shutrd':
    case 'crash':
    case 'accept':
      // Above the TCB (socket.ts): the receive buffer and the host are not part of its state.
      return result(ep, SOCKET_ONLY_RULES[call]);
  }
}

const SOCKET_ONLY_RULES = { read: 'read-would-block', shutrd: 'shutdown-read', crash: 'host-crash', accept: 'accept-waits' } as const;

function listen(ep: Endpoint): StepResult {
  if (ep.state !== 'CLOSED') return result(ep, 'open-exists', { app: ['error-connection-exists'] });
  return result({ ...withState(ep, 'LISTEN'), passiveOpen: true }, 'open-passive');
}

function connect(ep: Endpoint, now: number): StepResult {
  if (ep.state !== 'CLOSED' && ep.state !== 'LISTEN') {
    return result(ep, 'open-exists', { app: ['error-connection-exists'] });
  }
  // §3.10.1: select an ISS, send <SEQ=ISS><CTL=SYN>, SND.UNA = ISS, SND.NXT = ISS+1.
  const { ep: sent, segment } = sendNew({ ...ep, sndUna: ep.iss, sndNxt: ep.iss }, ['SYN'], 0, now);
  const rule = ep.state === 'LISTEN' ? 'open-active-from-listen' : 'open-active';
  return result({ ...withState(sent, 'SYN-SENT'), passiveOpen: false }, rule, { sent: [segment] });
}

function send(ep: Endpoint, bytes: number, now: number): StepResult {
  switch (ep.state) {
    case 'CLOSED':
    case 'LISTEN':
      // LISTEN has no foreign socket to send to ("error: foreign socket unspecified").
      return result(ep, 'send-no-connection', { app: ['error-no-connection'] });
    case 'SYN-SENT':
    case 'SYN-RECEIVED':
      // A CLOSE already queued means "no more to send" (§3.6), even before the FIN is out.
      if (ep.pending.close) return result(ep, 'send-closing', { app: ['error-connection-closing'] });
      // §3.10.2: "Queue the data for transmission after entering ESTABLISHED state."
      return result({ ...ep, pending: { ...ep.pending, sends: [...ep.pending.sends, bytes] } }, 'send-queued', { params: { bytes } });
    case 'ESTABLISHED':
    case 'CLOSE-WAIT': {
      const { ep: sent, segments } = sendData(ep, bytes, now);
      return result(sent, 'send-data', { sent: segments, params: { bytes } });
    }
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      return result(ep, 'send-closing', { app: ['error-connection-closing'] });
  }
}

function close(ep: Endpoint, now: number): StepResult {
  switch (ep.state) {
    case 'CLOSED':
      return result(ep, 'close-no-connection', { app: ['error-no-connection'] });
    case 'LISTEN':
      return result(resetConnection(ep, 'CLOSED', now), 'close-listen');
    case 'SYN-SENT':
      return result(resetConnection(ep, 'CLOSED', now), 'close-syn-sent');
    case 'SYN-RECEIVED':
      if (ep.pending.close) return result(ep, 'close-again', { app: ['error-connection-closing'] });
      // §3.10.4: with SENDs still queued, the FIN waits until ESTABLISHED.
      if (ep.pending.sends.length > 0) {
        return result({ ...ep, pending: { ...ep.pending, close: true } }, 'close-queued');
      }
      return sendFin(ep, 'FIN-WAIT-1', now);
    case 'ESTABLISHED':
      return sendFin(ep, 'FIN-WAIT-1', now);
    case 'CLOSE-WAIT':
      return sendFin(ep, 'LAST-ACK', now);
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      return result(ep, 'close-again', { app: ['error-connection-closing'] });
  }
}

/**
 * §3.7.1 MUST-16: no segment carries more than the effective send MSS, so a large send() leaves
 * as several segments; PSH marks the last one, where the application's write ends (§3.9.1).
 * (The send window is not enforced: the built-in sends are far below 64 KB.)
 */
export function sendData(ep: Endpoint, bytes: number, now: number): { ep: Endpoint; segments: Segment[] } {
  let next = ep;
  const segments: Segment[] = [];
  for (let offset = 0; offset < bytes; offset += ep.sndMss) {
    const len = Math.min(ep.sndMss, bytes - offset);
    const last = offset + len >= bytes;
    const out = sendNew(next, last ? ['PSH', 'ACK'] : ['ACK'], len, now);
    next = out.ep;
    segments.push(out.segment);
  }
  return { ep: next, segments };
}

/** A FIN always carries ACK once the peer's SYN is known (§3.1), and takes one sequence number. */
export function sendFin(ep: Endpoint, to: 'FIN-WAIT-1' | 'LAST-ACK', now: number): StepResult {
  const { ep: sent, segment } = sendNew(ep, ['FIN', 'ACK'], 0, now);
  return result(withState(sent, to), to === 'LAST-ACK' ? 'close-passive-fin' : 'close-send-fin', {
    sent: [segment],
  });
}

function abort(ep: Endpoint, now: number): StepResult {
  switch (ep.state) {
    case 'CLOSED':
      return result(ep, 'abort-no-connection', { app: ['error-no-connection'] });
    case 'LISTEN':
    case 'SYN-SENT':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      // §3.10.5: no RST from LISTEN/SYN-SENT (the peer knows of no connection yet) nor once both FINs are out.
      return result(resetConnection(ep, 'CLOSED', now), 'abort-quiet');
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT': {
      // §3.10.5: "Send a reset segment: <SEQ=SND.NXT><CTL=RST>" (Linux: RST,ACK, see abortReset).
      return result(resetConnection(ep, 'CLOSED', now), 'abort-send-rst', { sent: [abortReset(ep)] });
    }
  }
}
