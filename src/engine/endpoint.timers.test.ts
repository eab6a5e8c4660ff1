/**
 * Timers (RFC 9293 §3.10.8 and §3.8.3; RTO and back-off from RFC 6298; delayed ACK §3.8.6.3).
 * Each timer is fired at its own deadline, as the simulation loop does.
 */
import { describe, expect, it } from 'vitest';
import { endpointStep } from './endpointStep';
import { RULES } from './rules';
import {
  arrive,
  established,
  expectedWire,
  finWait1,
  fire,
  lastAck,
  sent,
  synReceivedPassive,
  synSent,
  timeWait,
  runningTimers,
} from './testing/fixtures';
import { DEFAULT_ENDPOINT_CONFIG } from './tcbOps';
import type { Endpoint } from './tcb';

describe('retransmission timeout', () => {
  it('SYN-SENT + retransmission timeout → resends SYN <SEQ=ISS>, RTO backs off 1 s → 2 s → 4 s', () => {
    let ep: Endpoint = synSent();
    expect(ep.timers.retransmit, 'first RTO: 1 s after connect()').toBe(1000);
    const expectedDeadlines = [1000 + 2000, 3000 + 4000, 7000 + 8000];
    for (const nextDeadline of expectedDeadlines) {
      const { out } = fire(ep, 'retransmit');
      expect(out.endpoint.state).toBe('SYN-SENT');
      expect(out.rule).toBe('retransmit');
      expect(['3.10.8', '3.8.3']).toContain(RULES[out.rule]);
      expect(out.emitted).toHaveLength(1);
      expect(out.emitted[0]?.retransmission).toBe(true);
      expect(sent(out)).toEqual([expectedWire({ flags: 'SYN', seq: 1000 })]);
      expect(out.endpoint.sndNxt, 'a retransmission takes no new sequence number').toBe(1001);
      expect(out.endpoint.timers.retransmit).toBe(nextDeadline);
      ep = out.endpoint;
    }
  });

  it(`SYN-SENT + retransmission timeout after maxRetries (${DEFAULT_ENDPOINT_CONFIG.maxRetries}) resends → CLOSED, "connection timed out"`, () => {
    let ep: Endpoint = synSent();
    for (let i = 0; i < DEFAULT_ENDPOINT_CONFIG.maxRetries; i++) {
      const { out } = fire(ep, 'retransmit');
      expect(out.rule).toBe('retransmit');
      expect(out.emitted).toHaveLength(1);
      ep = out.endpoint;
    }
    const { out } = fire(ep, 'retransmit');
    expect(out.endpoint.state).toBe('CLOSED');
    expect(out.emitted, 'giving up sends nothing').toEqual([]);
    expect(out.rule).toBe('retransmit-give-up');
    expect(['3.10.8', '3.8.3']).toContain(RULES[out.rule]);
    expect(out.app).toEqual(['connection-timed-out']);
    expect(runningTimers(out.endpoint)).toEqual({});
  });

  // RFC 9293 §3.8.3: "R2 for a SYN segment MUST be set large enough to provide retransmission
  // of the segment for at least 3 minutes" (MUST-23). (Linux's default of 6 SYN retries stops
  // at ~127 s; the engine follows the RFC instead.)
  it('SYN-SENT keeps retrying its SYN for at least 3 minutes before giving up (§3.8.3 MUST-23)', () => {
    let ep: Endpoint = synSent();
    let gaveUpAt = 0;
    for (let i = 0; i < 100 && ep.state === 'SYN-SENT'; i++) {
      const { out, at } = fire(ep, 'retransmit');
      ep = out.endpoint;
      gaveUpAt = at;
    }
    expect(ep.state).toBe('CLOSED');
    expect(gaveUpAt).toBeGreaterThanOrEqual(180_000);
  });

  it('SYN-RECEIVED + retransmission timeout → resends SYN,ACK <SEQ=ISS><ACK=RCV.NXT>', () => {
    const { out } = fire(synReceivedPassive(), 'retransmit');
    expect(out.endpoint.state).toBe('SYN-RECEIVED');
    expect(out.rule).toBe('retransmit');
    expect(out.emitted.map((e) => e.retransmission)).toEqual([true]);
    expect(sent(out)).toEqual([expectedWire({ flags: 'SYN,ACK', seq: 5000, ack: 1001 })]);
  });

  it('FIN-WAIT-1 + retransmission timeout → resends FIN,ACK with the same seq, RTO doubled', () => {
    const ep = finWait1('client', { at: 700 });
    expect(ep.timers.retransmit).toBe(1700);
    const { out } = fire(ep, 'retransmit');
    expect(out.endpoint.state).toBe('FIN-WAIT-1');
    expect(out.rule).toBe('retransmit');
    expect(RULES[out.rule]).toBe('3.10.8');
    expect(out.emitted.map((e) => e.retransmission)).toEqual([true]);
    expect(sent(out)).toEqual([expectedWire({ flags: 'FIN,ACK', seq: 1001, ack: 5001 })]);
    expect(out.endpoint.sndNxt).toBe(1002);
    expect(out.endpoint.timers.retransmit).toBe(1700 + 2000);
  });

  it('LAST-ACK + retransmission timeout → resends FIN,ACK <SEQ=5001><ACK=1002>', () => {
    const ep = lastAck('server', { at: 1200 });
    const { out } = fire(ep, 'retransmit');
    expect(out.endpoint.state).toBe('LAST-ACK');
    expect(out.rule).toBe('retransmit');
    expect(RULES[out.rule]).toBe('3.10.8');
    expect(out.emitted.map((e) => e.retransmission)).toEqual([true]);
    expect(sent(out)).toEqual([expectedWire({ flags: 'FIN,ACK', seq: 5001, ack: 1002 })]);
  });

  it('a new ACK stops the retransmission timer and forgets the back-off', () => {
    const { out: resent } = fire(finWait1('client'), 'retransmit');
    expect(resent.endpoint.rtoMs).toBe(2000);
    const acked = arrive(resent.endpoint, { flags: 'ACK', seq: 5001, ack: 1002 }, 1500);
    expect(acked.endpoint.state).toBe('FIN-WAIT-2');
    expect(acked.endpoint.timers.retransmit).toBeNull();
    expect(acked.endpoint.retransmitQueue).toEqual([]);
  });
});

describe('TIME-WAIT timer', () => {
  it('TIME-WAIT + 2MSL expires → CLOSED (TCB deleted)', () => {
    const ep = timeWait('client', { at: 1300 });
    const { out, at } = fire(ep, 'timeWait');
    expect(at).toBe(1300 + DEFAULT_ENDPOINT_CONFIG.timeWaitMs);
    expect(out.endpoint.state).toBe('CLOSED');
    expect(out.emitted).toEqual([]);
    expect(out.rule).toBe('time-wait-expired');
    expect(RULES[out.rule]).toBe('3.10.8');
    expect(runningTimers(out.endpoint)).toEqual({});
  });

  it('TIME-WAIT lasts the configured 2MSL (e.g. the RFC 4-minute preset)', () => {
    const ep = timeWait('client', { at: 0, config: { timeWaitMs: 240_000 } });
    expect(ep.timers.timeWait).toBe(240_000);
  });
});

describe('delayed ACK', () => {
  it('ESTABLISHED + in-order data → ACK delayed by less than 0.5 s; firing sends ACK=RCV.NXT', () => {
    const out = arrive(established('client'), { flags: 'PSH,ACK', seq: 5001, ack: 1001, len: 100 }, 400);
    expect(out.endpoint.state).toBe('ESTABLISHED');
    expect(out.rule).toBe('data-received');
    expect(out.emitted).toEqual([]);
    const delay = (out.endpoint.timers.delayedAck ?? Infinity) - 400;
    expect(delay).toBeGreaterThan(0);
    expect(delay, '§3.8.6.3: the delay MUST be less than 0.5 seconds').toBeLessThan(500);
    const { out: fired } = fire(out.endpoint, 'delayedAck');
    expect(fired.rule).toBe('delayed-ack');
    expect(RULES[fired.rule]).toBe('3.8.6.3');
    expect(sent(fired)).toEqual([expectedWire({ flags: 'ACK', seq: 1001, ack: 5101 })]);
  });

  it('a segment we send before the delayed ACK fires carries the ACK and cancels the timer', () => {
    const data = arrive(established('client'), { flags: 'PSH,ACK', seq: 5001, ack: 1001, len: 100 }, 400);
    const reply = endpointStep(data.endpoint, { kind: 'call', call: 'send', bytes: 10 }, 410);
    expect(sent(reply)).toEqual([expectedWire({ flags: 'PSH,ACK', seq: 1001, ack: 5101, len: 10 })]);
    expect(reply.endpoint.timers.delayedAck).toBeNull();
  });
});
