/**
 * User calls outside the happy path (RFC 9293 §3.10.1 OPEN, §3.10.2 SEND, §3.10.4 CLOSE,
 * §3.10.5 ABORT): the errors the RFC names, and calls made before the handshake completes.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from './rules';
import {
  arrive,
  call,
  closeWaitAcked,
  closed,
  closing,
  established,
  finWait1,
  finWait2,
  lastAck,
  listen,
  synReceivedPassive,
  synSent,
  timeWait,
  titled,
} from './testing/fixtures';
import type { UserCall } from './trace';

describe('errors the RFC names', () => {
  it.each(
    titled('state', [
      { state: 'FIN-WAIT-1', make: () => finWait1('client') },
      { state: 'FIN-WAIT-2', make: () => finWait2('client') },
      { state: 'CLOSING', make: () => closing('client') },
      { state: 'LAST-ACK', make: () => lastAck('client') },
      { state: 'TIME-WAIT', make: () => timeWait('client') },
    ]),
  )('send() in %s → "error: connection closing", nothing sent', (_title, { state, make }) => {
    const ep = make();
    expect(ep.state).toBe(state);
    const out = call(ep, 'send', 2000, 100);
    expect(out).toFollowRule({
      state: ep.state,
      sent: [],
      rule: 'send-closing',
      rfc: '3.10.2',
      app: ['error-connection-closing'],
    });
    expect(out.endpoint.sndNxt).toBe(ep.sndNxt);
  });

  it.each(
    titled('state', [
      { state: 'LISTEN', make: () => listen() },
      { state: 'SYN-SENT', make: () => synSent() },
      { state: 'ESTABLISHED', make: () => established('server') },
      { state: 'TIME-WAIT', make: () => timeWait('client') },
    ]),
  )('listen() in %s (not CLOSED) → "error: connection already exists", state unchanged', (_title, { make }) => {
    const ep = make();
    const out = call(ep, 'listen', 2000);
    expect(out).toFollowRule({
      state: ep.state,
      sent: [],
      rule: 'open-exists',
      rfc: '3.10.1',
      app: ['error-connection-exists'],
    });
  });

  it('connect() in ESTABLISHED → "error: connection already exists"', () => {
    const out = call(established('client'), 'connect', 2000);
    expect(out).toFollowRule({
      state: 'ESTABLISHED',
      sent: [],
      rule: 'open-exists',
      rfc: '3.10.1',
      app: ['error-connection-exists'],
    });
  });

  it.each(['close', 'shutdown', 'send', 'abort'] as const)(
    '%s() in CLOSED → "error: connection does not exist", nothing sent',
    (userCall: UserCall) => {
      const out = call(closed('client'), userCall, 0, userCall === 'send' ? 100 : undefined);
      expect(out.endpoint.state).toBe('CLOSED');
      expect(out.emitted).toEqual([]);
      expect(out.rule).toBe(userCall === 'shutdown' ? 'close-no-connection' : `${userCall}-no-connection`);
      expect(out.app).toEqual(['error-no-connection']);
    },
  );

  // The error for a call on a connection that does not exist is defined under each call's own
  // section: SEND §3.10.2, CLOSE §3.10.4, ABORT §3.10.5 ("CLOSED STATE (i.e., TCB does not
  // exist) … return 'error: connection does not exist'").
  it.each([
    ['close', '3.10.4'],
    ['send', '3.10.2'],
    ['abort', '3.10.5'],
  ] as const)('%s() in CLOSED cites the section of that call (§%s)', (userCall, section) => {
    const out = call(closed('client'), userCall, 0, userCall === 'send' ? 100 : undefined);
    expect(RULES[out.rule]).toBe(section);
  });

  it.each(
    titled('state', [
      { state: 'FIN-WAIT-1', make: () => finWait1('client') },
      { state: 'CLOSING', make: () => closing('client') },
      { state: 'LAST-ACK', make: () => lastAck('client') },
      { state: 'TIME-WAIT', make: () => timeWait('client') },
    ]),
  )('close() in %s → "error: connection closing", no second FIN', (_title, { make }) => {
    const ep = make();
    const out = call(ep, 'close', 2000);
    expect(out).toFollowRule({
      state: ep.state,
      sent: [],
      rule: 'close-again',
      rfc: '3.10.4',
      app: ['error-connection-closing'],
    });
  });
});

describe('calls before the connection is established', () => {
  it('LISTEN + connect() → SYN-SENT, sends SYN <SEQ=ISS> (passive becomes active)', () => {
    const out = call(listen(), 'connect', 100);
    expect(out).toFollowRule({
      state: 'SYN-SENT',
      sent: [{ flags: 'SYN', seq: 5000 }],
      rule: 'open-active-from-listen',
      rfc: '3.10.1',
    });
    expect(out.endpoint.passiveOpen).toBe(false);
  });

  it('send() in LISTEN → error (foreign socket unspecified), nothing sent', () => {
    const out = call(listen(), 'send', 100, 50);
    expect(out.endpoint.state).toBe('LISTEN');
    expect(out.emitted).toEqual([]);
    expect(out.app).toEqual(['error-no-connection']);
  });

  it('send() in SYN-SENT is queued; SYN,ACK → ESTABLISHED sends the ACK, then the data', () => {
    const queued = call(synSent(), 'send', 50, 100);
    expect(queued).toFollowRule({ state: 'SYN-SENT', sent: [], rule: 'send-queued', rfc: '3.10.2' });
    const out = arrive(queued.endpoint, { flags: 'SYN,ACK', seq: 5000, ack: 1001 }, 100);
    expect(out).toFollowRule({
      state: 'ESTABLISHED',
      sent: [
        { flags: 'ACK', seq: 1001, ack: 5001 },
        { flags: 'PSH,ACK', seq: 1001, ack: 5001, len: 100 },
      ],
      rule: 'syn-sent-syn-ack',
      rfc: '3.10.7.3',
      app: ['connect-returned'],
    });
    expect(out.endpoint.sndNxt).toBe(1101);
  });

  it('send() or close() after a queued close() in SYN-RECEIVED → "error: connection closing" (§3.6)', () => {
    const withData = call(synReceivedPassive(), 'send', 150, 100);
    const closeQueued = call(withData.endpoint, 'close', 160);
    const lateSend = call(closeQueued.endpoint, 'send', 170, 10);
    expect(lateSend).toFollowRule({
      state: 'SYN-RECEIVED',
      sent: [],
      rule: 'send-closing',
      rfc: '3.10.2',
      app: ['error-connection-closing'],
    });
    expect(lateSend.endpoint.pending.sends).toEqual([100]);
    const secondClose = call(closeQueued.endpoint, 'close', 170);
    expect(secondClose).toFollowRule({
      state: 'SYN-RECEIVED',
      sent: [],
      rule: 'close-again',
      rfc: '3.10.4',
      app: ['error-connection-closing'],
    });
  });

  it('close() in SYN-RECEIVED with a queued send → FIN waits; the ACK of our SYN releases data then FIN', () => {
    const withData = call(synReceivedPassive(), 'send', 150, 100);
    expect(withData.rule).toBe('send-queued');
    const closeQueued = call(withData.endpoint, 'close', 160);
    expect(closeQueued).toFollowRule({ state: 'SYN-RECEIVED', sent: [], rule: 'close-queued', rfc: '3.10.4' });
    const out = arrive(closeQueued.endpoint, { flags: 'ACK', seq: 1001, ack: 5001 }, 200);
    expect(out).toFollowRule({
      state: 'FIN-WAIT-1',
      sent: [
        { flags: 'PSH,ACK', seq: 5001, ack: 1001, len: 100 },
        { flags: 'FIN,ACK', seq: 5101, ack: 1001 },
      ],
      rule: 'syn-received-ack',
      rfc: '3.10.7.4',
      app: ['accept-returned'],
    });
  });

  it('CLOSE-WAIT + a second send() → the next segment starts where the first ended (seq 5101)', () => {
    const first = call(closeWaitAcked('server'), 'send', 1000, 100);
    const second = call(first.endpoint, 'send', 1001, 100);
    expect(second.emitted.map((e) => [e.segment.seq, e.segment.ack, e.segment.len])).toEqual([[5101, 1002, 100]]);
    expect(second.endpoint.sndNxt).toBe(5201);
  });
});
