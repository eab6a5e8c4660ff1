/**
 * Timers (RFC 9293 §3.10.8 and §3.8.3; RTO and back-off from RFC 6298; delayed ACK §3.8.6.3).
 * Each timer is fired at its own deadline, as the simulation loop does.
 */
import { describe, expect, it } from 'vitest';
import { endpointStep } from './endpointStep';
import { RULES } from './rules';
import {
  arrive,
  call,
  established,
  expectedWire,
  finWait1,
  fire,
  lastAck,
  sent,
  synReceivedActive,
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
    // The README's numbers: resent at 1, 3, 7, 15, 31, 63 and 127 s (RTO 1 s doubled each time,
    // RFC 6298 §5.5); the 7th waits 128 s capped to 120 s (§2.5), so the connection gives up at 247 s.
    expect(gaveUpAt).toBe(247_000);
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

  it('a new ACK of a resent FIN stops the timer but keeps the backed-off RTO (Karn: no sample from a retransmission)', () => {
    const { out: resent } = fire(finWait1('client'), 'retransmit');
    expect(resent.endpoint.rtoMs).toBe(2000);
    const acked = arrive(resent.endpoint, { flags: 'ACK', seq: 5001, ack: 1002 }, 1500);
    expect(acked.endpoint.state).toBe('FIN-WAIT-2');
    expect(acked.endpoint.timers.retransmit).toBeNull();
    expect(acked.endpoint.retransmitQueue).toEqual([]);
    expect(acked.endpoint.rtoMs, 'RFC 6298 §5: the back-off stays until a new RTT measurement').toBe(2000);
  });
});

/**
 * RFC 6298 §2: the timer measures round trips and keeps SRTT and RTTVAR;
 * RTO = SRTT + max(G, K·RTTVAR) with K = 4, G = 1 ms (the engine's clock), at least 1 s (§2.4).
 */
describe('the retransmission timer learns the round-trip time (RFC 6298)', () => {
  /** Client whose SYN left at 0 and whose SYN,ACK came back at `rtt`: one clean measurement. */
  const measured = (rtt: number) => arrive(synSent(), { flags: 'SYN,ACK', seq: 5000, ack: 1001 }, rtt).endpoint;

  it('before any measurement: no SRTT or RTTVAR, RTO 1 s (§2.1)', () => {
    const ep = synSent();
    expect([ep.srttMs, ep.rttvarMs, ep.rtoMs]).toEqual([null, null, 1000]);
  });

  it('SYN-SENT + SYN,ACK 800 ms after the SYN → first sample R = 800: SRTT = R, RTTVAR = R/2, RTO = 800 + 4·400 = 2.4 s (§2.2)', () => {
    const ep = measured(800);
    expect(ep.state).toBe('ESTABLISHED');
    expect([ep.srttMs, ep.rttvarMs, ep.rtoMs]).toEqual([800, 400, 2400]);
  });

  it('a short round trip of 200 ms gives 200 + 4·100 = 600 ms, rounded up to the 1 s minimum (§2.4)', () => {
    const ep = measured(200);
    expect([ep.srttMs, ep.rttvarMs, ep.rtoMs]).toEqual([200, 100, 1000]);
  });

  it('SYN-RECEIVED + ACK 1.2 s after the SYN,ACK → the server measures too: SRTT 1200, RTTVAR 600, RTO 3.6 s', () => {
    const ep = arrive(synReceivedPassive(), { flags: 'ACK', seq: 1001, ack: 5001 }, 1200).endpoint;
    expect(ep.state).toBe('ESTABLISHED');
    expect([ep.srttMs, ep.rttvarMs, ep.rtoMs]).toEqual([1200, 600, 3600]);
  });

  it('the next sample updates RTTVAR (with the old SRTT) and then SRTT: α = 1/8, β = 1/4 (§2.3)', () => {
    const data = call(measured(800), 'send', 1000, 100);
    expect(data.endpoint.timers.retransmit, 'the data waits the learned RTO').toBe(1000 + 2400);
    const ep = arrive(data.endpoint, { flags: 'ACK', seq: 5001, ack: 1101 }, 1600).endpoint;
    // R' = 600: RTTVAR = 3/4·400 + 1/4·|800 − 600| = 350; SRTT = 7/8·800 + 1/8·600 = 775.
    expect([ep.srttMs, ep.rttvarMs, ep.rtoMs]).toEqual([775, 350, 775 + 4 * 350]);
  });

  it('ESTABLISHED + close() after the handshake measured 800 ms → the FIN waits the learned 2.4 s, not 1 s', () => {
    const fin = call(measured(800), 'close', 1000);
    expect(fin.endpoint.state).toBe('FIN-WAIT-1');
    expect(fin.endpoint.timers.retransmit).toBe(1000 + 2400);
  });

  it("Karn's rule (§3): the ACK of a resent segment measures nothing; the back-off holds until a segment sent once is acknowledged (§5)", () => {
    const data = call(measured(800), 'send', 1000, 100);
    const { out: resent, at } = fire(data.endpoint, 'retransmit');
    expect(at).toBe(3400);
    expect(resent.endpoint.rtoMs, '§5.5: RTO doubled').toBe(4800);
    const ambiguous = arrive(resent.endpoint, { flags: 'ACK', seq: 5001, ack: 1101 }, 3500).endpoint;
    expect([ambiguous.srttMs, ambiguous.rttvarMs, ambiguous.rtoMs]).toEqual([800, 400, 4800]);
    const more = call(ambiguous, 'send', 3600, 100);
    expect(more.endpoint.timers.retransmit, 'still backed off').toBe(3600 + 4800);
    const clean = arrive(more.endpoint, { flags: 'ACK', seq: 5001, ack: 1201 }, 4200).endpoint;
    // R' = 600 as in §2.3 above: the RTO "collapses" back to 2175 ms.
    expect([clean.srttMs, clean.rttvarMs, clean.rtoMs]).toEqual([775, 350, 2175]);
  });

  it('SYN-SENT whose SYN timed out + SYN,ACK → ESTABLISHED with no measurement and RTO 3 s (§5.7)', () => {
    const { out: resent } = fire(synSent(), 'retransmit');
    expect(resent.endpoint.rtoMs).toBe(2000);
    const ep = arrive(resent.endpoint, { flags: 'SYN,ACK', seq: 5000, ack: 1001 }, 1200).endpoint;
    expect(ep.state).toBe('ESTABLISHED');
    expect([ep.srttMs, ep.rttvarMs, ep.rtoMs]).toEqual([null, null, 3000]);
    expect(call(ep, 'close', 1700).endpoint.timers.retransmit, 'the FIN waits 3 s').toBe(1700 + 3000);
  });

  it('a SYN timed out three times (RTO backed off to 8 s) also starts the connection at 3 s (§5.7 "re-initialized")', () => {
    let ep = synSent();
    for (let i = 0; i < 3; i++) ep = fire(ep, 'retransmit').out.endpoint;
    expect(ep.rtoMs).toBe(8000);
    const established = arrive(ep, { flags: 'SYN,ACK', seq: 5000, ack: 1001 }, 7100).endpoint;
    expect(established.rtoMs).toBe(3000);
  });

  it('SYN-RECEIVED whose SYN,ACK timed out + ACK → ESTABLISHED with RTO 3 s (§5.7: a SYN,ACK is a SYN too)', () => {
    const { out: resent } = fire(synReceivedPassive(), 'retransmit');
    const ep = arrive(resent.endpoint, { flags: 'ACK', seq: 1001, ack: 5001 }, 1300).endpoint;
    expect(ep.state).toBe('ESTABLISHED');
    expect([ep.srttMs, ep.rtoMs]).toEqual([null, 3000]);
  });

  it('simultaneous open: the SYN,ACK sends our SYN a second time, so its acknowledgment measures nothing (Karn) and no timer expired (RTO stays 1 s)', () => {
    const ep = arrive(synReceivedActive(), { flags: 'SYN,ACK', seq: 5000, ack: 1001 }, 600).endpoint;
    expect(ep.state).toBe('ESTABLISHED');
    expect([ep.srttMs, ep.rtoMs]).toEqual([null, 1000]);
  });

  it('a new connection forgets what the last one learned (RFC 6298 keeps it per connection)', () => {
    const ep = measured(800);
    const aborted = call(ep, 'abort', 1000).endpoint;
    expect([aborted.state, aborted.srttMs, aborted.rttvarMs, aborted.rtoMs]).toEqual(['CLOSED', null, null, 1000]);
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
