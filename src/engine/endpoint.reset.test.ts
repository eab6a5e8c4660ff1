/**
 * Resets, challenge ACKs, ABORT and out-of-window segments (RFC 9293 §3.5.2, §3.5.3, §3.10.5,
 * §3.10.7.4 with the RFC 5961 mitigations it adopts). The client (ISS 1000, IRS 5000) is the
 * endpoint under test; its SND.NXT and RCV.NXT in each state are written out from the RFC, not
 * read back from the engine.
 */
import { describe, expect, it } from 'vitest';
import {
  arrive,
  call,
  closeWaitAcked,
  closing,
  established,
  finWait1,
  finWait2,
  lastAck,
  listen,
  PEER_WINDOW,
  synReceivedPassive,
  synSent,
  timeWait,
  runningTimers,
  titled,
} from './testing/fixtures';
import type { Endpoint } from './tcb';

/**
 * Client in each synchronized state, with the numbers the RFC gives it: our FIN takes 1001, the
 * peer's FIN 5001. (CLOSE-WAIT here is after the delayed ACK of the peer's FIN went out.)
 */
const SYNCHRONIZED: ReadonlyArray<{ state: string; make: () => Endpoint; sndNxt: number; rcvNxt: number }> = [
  { state: 'ESTABLISHED', make: () => established('client'), sndNxt: 1001, rcvNxt: 5001 },
  { state: 'FIN-WAIT-1', make: () => finWait1('client'), sndNxt: 1002, rcvNxt: 5001 },
  { state: 'FIN-WAIT-2', make: () => finWait2('client'), sndNxt: 1002, rcvNxt: 5001 },
  { state: 'CLOSE-WAIT', make: () => closeWaitAcked('client'), sndNxt: 1001, rcvNxt: 5002 },
  { state: 'CLOSING', make: () => closing('client'), sndNxt: 1002, rcvNxt: 5002 },
  { state: 'LAST-ACK', make: () => lastAck('client'), sndNxt: 1002, rcvNxt: 5002 },
  { state: 'TIME-WAIT', make: () => timeWait('client'), sndNxt: 1002, rcvNxt: 5002 },
];

function row(state: string) {
  const found = SYNCHRONIZED.find((r) => r.state === state);
  if (!found) throw new Error(`no fixture for ${state}`);
  return found;
}

describe('valid RST (SEG.SEQ = RCV.NXT)', () => {
  it.each(['ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSE-WAIT'])('%s + valid RST → CLOSED, "connection reset"', (state) => {
    const { make, rcvNxt } = row(state);
    const ep = make();
    expect(ep.state).toBe(state);
    const out = arrive(ep, { flags: 'RST', seq: rcvNxt }, 2000);
    expect(out).toFollowRule({
      state: 'CLOSED',
      sent: [],
      rule: 'rst-reset',
      rfc: '3.10.7.4',
      app: ['connection-reset'],
    });
    expect(out.endpoint.retransmitQueue, 'segment queues flushed').toEqual([]);
    expect(runningTimers(out.endpoint)).toEqual({});
  });

  it.each(['CLOSING', 'LAST-ACK', 'TIME-WAIT'])('%s + valid RST → CLOSED', (state) => {
    const { make, rcvNxt } = row(state);
    const out = arrive(make(), { flags: 'RST', seq: rcvNxt }, 2000);
    expect(out).toFollowRule({ state: 'CLOSED', sent: [], rule: 'rst-closed', rfc: '3.10.7.4' });
    // §3.10.7.4 gives no "connection reset" signal in these states.
    expect(out.app).not.toContain('connection-reset');
    expect(runningTimers(out.endpoint)).toEqual({});
  });

  it('ESTABLISHED + valid RST,ACK (ACK bit set too) → CLOSED, "connection reset"', () => {
    const out = arrive(established('client'), { flags: 'RST,ACK', seq: 5001, ack: 1001 });
    expect(out).toFollowRule({ state: 'CLOSED', sent: [], rule: 'rst-reset', rfc: '3.10.7.4', app: ['connection-reset'] });
  });
});

describe('RFC 5961 challenge ACK', () => {
  it.each(SYNCHRONIZED.map((r) => r.state))(
    '%s + in-window RST with SEG.SEQ ≠ RCV.NXT → challenge ACK <SEQ=SND.NXT><ACK=RCV.NXT>, state unchanged',
    (state) => {
      const { make, sndNxt, rcvNxt } = row(state);
      const out = arrive(make(), { flags: 'RST', seq: rcvNxt + 100 }, 2000);
      expect(out).toFollowRule({
        state: state as Endpoint['state'],
        sent: [{ flags: 'ACK', seq: sndNxt, ack: rcvNxt }],
        rule: 'rst-challenge-ack',
        rfc: '3.10.7.4',
        app: [],
      });
    },
  );

  it('SYN-RECEIVED + in-window RST with SEG.SEQ ≠ RCV.NXT → challenge ACK, stays SYN-RECEIVED', () => {
    const out = arrive(synReceivedPassive(), { flags: 'RST', seq: 1001 + 10 });
    expect(out).toFollowRule({
      state: 'SYN-RECEIVED',
      sent: [{ flags: 'ACK', seq: 5001, ack: 1001 }],
      rule: 'rst-challenge-ack',
      rfc: '3.10.7.4',
    });
  });

  it.each(SYNCHRONIZED.map((r) => r.state))('%s + in-window SYN → challenge ACK <SEQ=SND.NXT><ACK=RCV.NXT>, state unchanged', (state) => {
    const { make, sndNxt, rcvNxt } = row(state);
    const out = arrive(make(), { flags: 'SYN', seq: rcvNxt + 10 }, 2000);
    expect(out).toFollowRule({
      state: state as Endpoint['state'],
      sent: [{ flags: 'ACK', seq: sndNxt, ack: rcvNxt }],
      rule: 'syn-challenge-ack',
      rfc: '3.10.7.4',
      app: [],
    });
  });

  it('ESTABLISHED + out-of-window SYN → the same ACK <SEQ=SND.NXT><ACK=RCV.NXT> (RFC 5961: irrespective of the sequence number)', () => {
    const out = arrive(established('client'), { flags: 'SYN', seq: 4000 });
    expect(out.endpoint.state).toBe('ESTABLISHED');
    expect(out.emitted.map((e) => e.segment)).toMatchObject([{ flags: ['ACK'], seq: 1001, ack: 5001 }]);
  });
});

describe('out-of-window segments', () => {
  it.each(SYNCHRONIZED.map((r) => r.state))('%s + RST outside the window → dropped silently', (state) => {
    const { make, rcvNxt } = row(state);
    for (const seq of [rcvNxt - 1, rcvNxt + PEER_WINDOW]) {
      const ep = make();
      const out = arrive(ep, { flags: 'RST', seq }, 2000);
      expect(out).toFollowRule({ state: ep.state, sent: [], rule: 'unacceptable-rst-dropped', rfc: '3.10.7.4', app: [] });
      expect(out.endpoint).toEqual(ep);
    }
  });

  it.each(SYNCHRONIZED.map((r) => r.state))(
    '%s + segment outside the window → ACK <SEQ=SND.NXT><ACK=RCV.NXT>, dropped, state unchanged',
    (state) => {
      const { make, sndNxt, rcvNxt } = row(state);
      const cases = [
        { what: 'beyond the window', seq: rcvNxt + PEER_WINDOW, len: 10 },
        { what: 'an old duplicate', seq: rcvNxt - 50, len: 20 },
      ];
      for (const { seq, len } of cases) {
        const ep = make();
        const out = arrive(ep, { flags: 'PSH,ACK', seq, ack: sndNxt, len }, 2000);
        expect(out).toFollowRule({
          state: ep.state,
          sent: [{ flags: 'ACK', seq: sndNxt, ack: rcvNxt }],
          rule: 'unacceptable-ack',
          rfc: ['3.5.2', '3.10.7.4'],
          app: [],
        });
        expect(out.endpoint.rcvNxt, 'nothing of the segment was taken').toBe(rcvNxt);
      }
    },
  );
});

describe('ABORT (§3.10.5)', () => {
  const RST_ON_ABORT: ReadonlyArray<{ state: string; make: () => Endpoint; sndNxt: number }> = [
    { state: 'SYN-RECEIVED', make: () => synReceivedPassive(), sndNxt: 5001 },
    { state: 'ESTABLISHED', make: () => established('client'), sndNxt: 1001 },
    { state: 'FIN-WAIT-1', make: () => finWait1('client'), sndNxt: 1002 },
    { state: 'FIN-WAIT-2', make: () => finWait2('client'), sndNxt: 1002 },
    { state: 'CLOSE-WAIT', make: () => closeWaitAcked('client'), sndNxt: 1001 },
  ];

  it.each(titled('state', RST_ON_ABORT))('%s + ABORT → CLOSED, sends RST <SEQ=SND.NXT>', (_title, { state, make, sndNxt }) => {
    const ep = make();
    expect(ep.state).toBe(state);
    const out = call(ep, 'abort', 3000);
    expect(out).toFollowRule({
      state: 'CLOSED',
      sent: [{ flags: 'RST', seq: sndNxt }],
      rule: 'abort-send-rst',
      rfc: '3.10.5',
    });
    expect(runningTimers(out.endpoint)).toEqual({});
  });

  it.each(
    titled('state', [
      { state: 'LISTEN', make: () => listen() },
      { state: 'SYN-SENT', make: () => synSent() },
    ]),
  )('%s + ABORT → CLOSED, no RST', (_title, { state, make }) => {
    const ep = make();
    expect(ep.state).toBe(state);
    const out = call(ep, 'abort', 3000);
    expect(out).toFollowRule({ state: 'CLOSED', sent: [], rule: 'abort-quiet', rfc: '3.10.5' });
    expect(out.endpoint.timers.retransmit).toBeNull();
  });

  it.each(['CLOSING', 'LAST-ACK', 'TIME-WAIT'])('%s + ABORT → CLOSED, no RST ("ok", delete the TCB)', (state) => {
    const out = call(row(state).make(), 'abort', 3000);
    expect(out).toFollowRule({ state: 'CLOSED', sent: [], rule: 'abort-quiet', rfc: '3.10.5' });
  });
});
