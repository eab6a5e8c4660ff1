/** Timer expiry (RFC 9293 §3.10.8; RTO back-off RFC 6298 §5.5; delayed ACK §3.8.6.3). */
import { makeSegment } from './segment';
import { backedOffRto } from './rto';
import { ackTimerIsEofRead, halfOpenGiveUpReturnsToListen, retryLimit, rtoAfterTimeout } from './profile';
import { resetConnection, sendAck } from './tcbOps';
import { result, type StepResult } from './stepResult';
import { synQueueTimer } from './endpointListen';
import type { Endpoint, TimerName } from './tcb';

export function applyTimer(ep: Endpoint, timer: TimerName, now: number): StepResult {
  const cleared: Endpoint = { ...ep, timers: { ...ep.timers, [timer]: null } };
  switch (timer) {
    case 'retransmit':
      return retransmit(cleared, now);
    case 'timeWait':
      // §3.10.8: "If the time-wait timeout expires on a connection, delete the TCB".
      return result(resetConnection(cleared, 'CLOSED', now), 'time-wait-expired', {
        app: ['connection-closed'],
        params: { timeWait: ep.config.timeWaitMs },
      });
    case 'synQueue':
      return synQueueTimer(ep, now);
    case 'delayedAck': {
      const { ep: next, segment } = sendAck(cleared);
      if (ackTimerIsEofRead(ep)) return result(next, 'eof-read-ack', { sent: [segment] });
      return result(next, 'delayed-ack', { sent: [segment], params: { delay: ep.config.delayedAckMs } });
    }
  }
}

function retransmit(ep: Endpoint, now: number): StepResult {
  const front = ep.retransmitQueue[0];
  if (!front) return result(ep, 'retransmit', { params: { retry: ep.retries, rto: ep.rtoMs / 1000 } });
  if (ep.retries >= retryLimit(ep)) {
    if (halfOpenGiveUpReturnsToListen(ep)) {
      return result(resetConnection(ep, 'LISTEN', now), 'syn-received-give-up-listen', { params: { retry: ep.retries } });
    }
    // RFC 9293 §3.8.3 (R2): past the give-up threshold the connection is closed and the user told.
    return result(resetConnection(ep, 'CLOSED', now), 'retransmit-give-up', {
      app: ['connection-timed-out'],
      params: { retry: ep.retries },
    });
  }
  // The front is resent as it was, but any ACK it carries is refreshed to today's RCV.NXT.
  const old = front.segment;
  const segment = old.ack === null ? old : makeSegment({ ...old, ack: ep.rcvNxt, window: ep.rcvWnd });
  const rtoMs = rtoAfterTimeout(ep, ep.retries + 1, backedOffRto(ep.rtoMs));
  const next: Endpoint = {
    ...ep,
    rtoMs,
    retries: ep.retries + 1,
    // Karn's rule (RFC 6298 §3): the ACK of a segment sent twice measures no round trip.
    retransmitQueue: [{ ...front, segment, retransmitted: true }, ...ep.retransmitQueue.slice(1)],
    timers: { ...ep.timers, retransmit: now + rtoMs, delayedAck: segment.ack === null ? ep.timers.delayedAck : null },
  };
  return result(next, 'retransmit', {
    retransmitted: [segment],
    params: { retry: next.retries, rto: ep.rtoMs / 1000, nextRto: rtoMs / 1000 },
  });
}
