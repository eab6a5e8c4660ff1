/**
 * Closing a connection: the ESTABLISHED … TIME-WAIT rows of the transition table in tcp-rules.md
 * (RFC 9293 §3.6, §3.10.4, §3.10.7.4), one test per row. The client (ISS 1000, IRS 5000) closes
 * first unless the test says otherwise, so its FIN is 1001 and the server's FIN 5001.
 */
import { describe, expect, it } from 'vitest';
import {
  arrive,
  call,
  closeWait,
  closeWaitAcked,
  closing,
  established,
  finWait1,
  finWait2,
  fire,
  lastAck,
  sent,
  timeWait,
  runningTimers,
} from './testing/fixtures';

describe('ESTABLISHED', () => {
  it('ESTABLISHED + close() → FIN-WAIT-1, sends FIN,ACK <SEQ=SND.NXT><ACK=RCV.NXT>', () => {
    const out = call(established('client'), 'close', 500);
    expect(out).toFollowRule({
      state: 'FIN-WAIT-1',
      sent: [{ flags: 'FIN,ACK', seq: 1001, ack: 5001 }],
      rule: 'close-send-fin',
      rfc: '3.10.4',
    });
    expect(out.endpoint.sndNxt, 'the FIN occupies one sequence number').toBe(1002);
    expect(out.endpoint.timers.retransmit, 'the FIN is retransmitted like data').toBe(1500);
  });

  it('ESTABLISHED + shutdown(SHUT_WR) → FIN-WAIT-1, the same FIN as close()', () => {
    const out = call(established('client'), 'shutdown', 500);
    expect(out).toFollowRule({
      state: 'FIN-WAIT-1',
      sent: [{ flags: 'FIN,ACK', seq: 1001, ack: 5001 }],
      rule: 'close-send-fin',
      rfc: '3.10.4',
    });
  });

  it('ESTABLISHED + FIN → CLOSE-WAIT, tells the app, ACK of the FIN delayed (timer set; firing it sends ACK=FIN+1)', () => {
    const out = arrive(established('server'), { flags: 'FIN,ACK', seq: 1001, ack: 5001 }, 800);
    expect(out).toFollowRule({
      state: 'CLOSE-WAIT',
      sent: [],
      rule: 'fin-to-close-wait',
      rfc: '3.10.7.4',
      app: ['eof'],
    });
    expect(out.endpoint.rcvNxt, 'RCV.NXT advances over the FIN').toBe(1002);
    const deadline = out.endpoint.timers.delayedAck;
    expect(deadline).not.toBeNull();
    // §3.8.6.3: an ACK may be delayed, but by less than 0.5 s.
    expect((deadline ?? 0) - 800).toBeGreaterThan(0);
    expect((deadline ?? 0) - 800).toBeLessThan(500);

    const { out: fired } = fire(out.endpoint, 'delayedAck');
    expect(fired).toFollowRule({
      state: 'CLOSE-WAIT',
      sent: [{ flags: 'ACK', seq: 5001, ack: 1002 }],
      rule: 'delayed-ack',
      rfc: '3.8.6.3',
    });
    expect(fired.endpoint.timers.delayedAck).toBeNull();
  });
});

describe('CLOSE-WAIT', () => {
  it('CLOSE-WAIT + close() before the delayed ACK fires → LAST-ACK, one FIN,ACK carrying ACK=FIN+1, no separate ACK', () => {
    const ep = closeWait('server', { at: 800 });
    expect(ep.timers.delayedAck, 'precondition: the ACK of the FIN is still waiting').not.toBeNull();
    const out = call(ep, 'close', 800);
    expect(out).toFollowRule({
      state: 'LAST-ACK',
      sent: [{ flags: 'FIN,ACK', seq: 5001, ack: 1002 }],
      rule: 'close-passive-fin',
      rfc: '3.10.4',
    });
    expect(out.endpoint.timers.delayedAck, 'the FIN carried the ACK: nothing left to send').toBeNull();
  });

  it('CLOSE-WAIT + close() → LAST-ACK, sends FIN,ACK', () => {
    const out = call(closeWaitAcked('server'), 'close', 1200);
    expect(out).toFollowRule({
      state: 'LAST-ACK',
      sent: [{ flags: 'FIN,ACK', seq: 5001, ack: 1002 }],
      rule: 'close-passive-fin',
      rfc: '3.10.4',
    });
  });

  it('CLOSE-WAIT + send() → data still flows to the peer (half-close), stays CLOSE-WAIT', () => {
    const out = call(closeWaitAcked('server'), 'send', 1100, 100);
    expect(out).toFollowRule({
      state: 'CLOSE-WAIT',
      sent: [{ flags: 'PSH,ACK', seq: 5001, ack: 1002, len: 100 }],
      rule: 'send-data',
      // tcp-rules.md cites §3.6 (half-close); the SEND call's own section §3.10.2 prescribes it.
      rfc: ['3.6', '3.10.2'],
    });
    expect(out.endpoint.sndNxt).toBe(5101);
  });
});

describe('FIN-WAIT-1', () => {
  it('FIN-WAIT-1 + ACK of our FIN → FIN-WAIT-2, sends nothing', () => {
    const out = arrive(finWait1('client'), { flags: 'ACK', seq: 5001, ack: 1002 }, 900);
    expect(out).toFollowRule({ state: 'FIN-WAIT-2', sent: [], rule: 'fin-wait-1-acked', rfc: '3.10.7.4' });
    expect(out.endpoint.timers.retransmit, 'the FIN is acknowledged: no retransmission').toBeNull();
  });

  it('FIN-WAIT-1 + ACK that does not cover our FIN → stays FIN-WAIT-1', () => {
    const out = arrive(finWait1('client'), { flags: 'ACK', seq: 5001, ack: 1001 }, 900);
    expect(out).toFollowRule({ state: 'FIN-WAIT-1', sent: [], rule: 'ack-old', rfc: '3.10.7.4' });
    expect(out.endpoint.timers.retransmit, 'the FIN is still outstanding').not.toBeNull();
  });

  it('FIN-WAIT-1 + FIN not acking ours → CLOSING, sends ACK', () => {
    const out = arrive(finWait1('client'), { flags: 'FIN,ACK', seq: 5001, ack: 1001 }, 900);
    expect(out).toFollowRule({
      state: 'CLOSING',
      sent: [{ flags: 'ACK', seq: 1002, ack: 5002 }],
      rule: 'fin-to-closing',
      rfc: '3.10.7.4',
      app: ['eof'],
    });
  });

  it('FIN-WAIT-1 + FIN acking ours → TIME-WAIT, sends ACK, starts 2MSL, other timers off', () => {
    const out = arrive(finWait1('client'), { flags: 'FIN,ACK', seq: 5001, ack: 1002 }, 900);
    expect(out).toFollowRule({
      state: 'TIME-WAIT',
      sent: [{ flags: 'ACK', seq: 1002, ack: 5002 }],
      rule: 'fin-acks-ours-to-time-wait',
      rfc: '3.10.7.4',
      app: ['eof'],
    });
    expect(runningTimers(out.endpoint)).toEqual({ timeWait: 900 + 60_000 });
  });
});

describe('FIN-WAIT-2', () => {
  it('FIN-WAIT-2 + FIN → TIME-WAIT, sends ACK, starts 2MSL', () => {
    const out = arrive(finWait2('client'), { flags: 'FIN,ACK', seq: 5001, ack: 1002 }, 1300);
    expect(out).toFollowRule({
      state: 'TIME-WAIT',
      sent: [{ flags: 'ACK', seq: 1002, ack: 5002 }],
      rule: 'fin-wait-2-fin',
      rfc: '3.10.7.4',
      app: ['eof'],
    });
    expect(out.endpoint.timers.timeWait).toBe(1300 + 60_000);
  });

  it('FIN-WAIT-2 + data → accepted and ACKed at once, stays FIN-WAIT-2 (half-close)', () => {
    const out = arrive(finWait2('client'), { flags: 'PSH,ACK', seq: 5001, ack: 1002, len: 100 }, 1200);
    expect(out).toFollowRule({
      state: 'FIN-WAIT-2',
      sent: [{ flags: 'ACK', seq: 1002, ack: 5101 }],
      rule: 'data-received',
      // tcp-rules.md cites §3.6 (half-close); the text processing itself is §3.10.7.4 (seventh).
      rfc: ['3.6', '3.10.7.4'],
      app: ['data-read'],
    });
    expect(out.endpoint.rcvNxt).toBe(5101);
  });
});

describe('CLOSING', () => {
  it('CLOSING + ACK of our FIN → TIME-WAIT, starts 2MSL', () => {
    const out = arrive(closing('client'), { flags: 'ACK', seq: 5002, ack: 1002 }, 1000);
    expect(out).toFollowRule({ state: 'TIME-WAIT', sent: [], rule: 'closing-acked', rfc: '3.10.7.4' });
    expect(runningTimers(out.endpoint)).toEqual({ timeWait: 1000 + 60_000 });
  });
});

describe('LAST-ACK', () => {
  it('LAST-ACK + ACK of our FIN → CLOSED (TCB deleted)', () => {
    const out = arrive(lastAck('server'), { flags: 'ACK', seq: 1002, ack: 5002 }, 1400);
    expect(out).toFollowRule({ state: 'CLOSED', sent: [], rule: 'last-ack-acked', rfc: '3.10.7.4' });
    expect(runningTimers(out.endpoint)).toEqual({});
  });

  it('LAST-ACK + ACK that does not cover our FIN → stays LAST-ACK', () => {
    const out = arrive(lastAck('server'), { flags: 'ACK', seq: 1002, ack: 5001 }, 1400);
    expect(out).toFollowRule({ state: 'LAST-ACK', sent: [], rule: 'ack-old', rfc: '3.10.7.4' });
  });
});

describe('TIME-WAIT', () => {
  it('TIME-WAIT + retransmitted FIN → ACK again, 2MSL restarted (deadline = now + 2MSL)', () => {
    const ep = timeWait('client', { at: 1000 });
    expect(ep.timers.timeWait).toBe(61_000);
    const out = arrive(ep, { flags: 'FIN,ACK', seq: 5001, ack: 1002 }, 5000);
    expect(out).toFollowRule({
      state: 'TIME-WAIT',
      sent: [{ flags: 'ACK', seq: 1002, ack: 5002 }],
      rule: 'time-wait-fin-again',
      rfc: '3.10.7.4',
    });
    expect(out.endpoint.timers.timeWait).toBe(65_000);
  });

  it('TIME-WAIT + a second retransmitted FIN → ACK again, deadline moves again', () => {
    const first = arrive(timeWait('client'), { flags: 'FIN,ACK', seq: 5001, ack: 1002 }, 2000);
    const second = arrive(first.endpoint, { flags: 'FIN,ACK', seq: 5001, ack: 1002 }, 7000);
    expect(sent(second)).toEqual([{ flags: ['ACK'], seq: 1002, ack: 5002, len: 0 }]);
    expect(second.endpoint.timers.timeWait).toBe(67_000);
  });
});
