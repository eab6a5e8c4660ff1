/**
 * Opening a connection: the CLOSED, LISTEN, SYN-SENT and SYN-RECEIVED rows of the transition
 * table in tcp-rules.md (RFC 9293 §3.10.1, §3.10.4, §3.10.7.1–§3.10.7.4), one test per row.
 * Client ISS 1000, server ISS 5000 throughout, so every expected number can be read off the RFC.
 */
import { describe, expect, it } from 'vitest';
import { arrive, call, closed, listen, synReceivedActive, synReceivedPassive, synSent, titled } from './testing/fixtures';

describe('CLOSED (§3.10.1, §3.10.7.1)', () => {
  it('CLOSED + listen() → LISTEN, sends nothing', () => {
    const out = call(closed('server'), 'listen');
    expect(out).toFollowRule({ state: 'LISTEN', sent: [], rule: 'open-passive', rfc: '3.10.1', app: [] });
  });

  it('CLOSED + connect() → SYN-SENT, sends SYN <SEQ=ISS>, SND.UNA=ISS, SND.NXT=ISS+1', () => {
    const out = call(closed('client'), 'connect', 0);
    expect(out).toFollowRule({
      state: 'SYN-SENT',
      sent: [{ flags: 'SYN', seq: 1000 }],
      rule: 'open-active',
      rfc: '3.10.1',
    });
    expect(out.endpoint.sndUna).toBe(1000);
    expect(out.endpoint.sndNxt).toBe(1001);
    // The SYN is on the retransmission queue with the initial RTO of 1 s (RFC 6298 §2.1).
    expect(out.endpoint.timers.retransmit).toBe(1000);
  });

  it('CLOSED + segment with ACK set → RST <SEQ=SEG.ACK><CTL=RST>', () => {
    const out = arrive(closed('server'), { flags: 'ACK', seq: 1001, ack: 5001 });
    expect(out).toFollowRule({
      state: 'CLOSED',
      sent: [{ flags: 'RST', seq: 5001 }],
      rule: 'closed-reply-rst',
      rfc: '3.10.7.1',
    });
  });

  it.each(
    titled('what', [
      { what: 'a SYN', flags: 'SYN', seq: 1000, len: 0, ack: 1001 },
      { what: 'data without ACK', flags: 'PSH', seq: 1000, len: 100, ack: 1100 },
      { what: 'a FIN without ACK', flags: 'FIN', seq: 1000, len: 0, ack: 1001 },
      { what: 'a SYN at 2^32-1 (ack wraps to 0)', flags: 'SYN', seq: 4294967295, len: 0, ack: 0 },
    ]),
  )('CLOSED + %s (ACK clear) → RST,ACK <SEQ=0><ACK=SEG.SEQ+SEG.LEN>', (_title, { flags, seq, len, ack }) => {
    const out = arrive(closed('server'), { flags, seq, len });
    expect(out).toFollowRule({
      state: 'CLOSED',
      sent: [{ flags: 'RST,ACK', seq: 0, ack }],
      rule: 'closed-reply-rst',
      rfc: '3.10.7.1',
    });
  });

  it('CLOSED + RST → discarded, no reply', () => {
    const out = arrive(closed('server'), { flags: 'RST,ACK', seq: 1001, ack: 5001 });
    expect(out).toFollowRule({ state: 'CLOSED', sent: [], rule: 'closed-rst-ignored', rfc: '3.10.7.1' });
  });
});

describe('LISTEN (§3.10.7.2)', () => {
  it('LISTEN + RST → ignored, stays LISTEN', () => {
    const out = arrive(listen(), { flags: 'RST', seq: 1000 });
    expect(out).toFollowRule({ state: 'LISTEN', sent: [], rule: 'listen-rst-ignored', rfc: '3.10.7.2' });
  });

  it('LISTEN + segment with ACK → RST <SEQ=SEG.ACK>, stays LISTEN', () => {
    // Figure 8: the ACK of an old duplicate connection reaches a listener.
    const out = arrive(listen(), { flags: 'ACK', seq: 1001, ack: 777 });
    expect(out).toFollowRule({
      state: 'LISTEN',
      sent: [{ flags: 'RST', seq: 777 }],
      rule: 'listen-ack-rst',
      rfc: '3.10.7.2',
    });
  });

  it('LISTEN + SYN → SYN-RECEIVED, sends SYN,ACK <SEQ=ISS><ACK=SEG.SEQ+1>', () => {
    const out = arrive(listen(), { flags: 'SYN', seq: 1000 });
    expect(out).toFollowRule({
      state: 'SYN-RECEIVED',
      sent: [{ flags: 'SYN,ACK', seq: 5000, ack: 1001 }],
      rule: 'listen-syn',
      rfc: '3.10.7.2',
    });
    const ep = out.endpoint;
    expect({ irs: ep.irs, rcvNxt: ep.rcvNxt, sndUna: ep.sndUna, sndNxt: ep.sndNxt }).toEqual({
      irs: 1000,
      rcvNxt: 1001,
      sndUna: 5000,
      sndNxt: 5001,
    });
    expect(ep.passiveOpen, 'SYN-RECEIVED remembers it came from LISTEN').toBe(true);
  });

  it('LISTEN + close() → CLOSED (TCB deleted), sends nothing', () => {
    const out = call(listen(), 'close');
    expect(out).toFollowRule({ state: 'CLOSED', sent: [], rule: 'close-listen', rfc: '3.10.4' });
  });
});

describe('SYN-SENT (§3.10.7.3)', () => {
  it('SYN-SENT + close() → CLOSED (TCB deleted), sends nothing', () => {
    const out = call(synSent(), 'close');
    expect(out).toFollowRule({ state: 'CLOSED', sent: [], rule: 'close-syn-sent', rfc: '3.10.4' });
    expect(out.endpoint.timers.retransmit, 'the SYN is no longer retransmitted').toBeNull();
  });

  it('SYN-SENT + SYN,ACK acking our SYN → ESTABLISHED, sends ACK <SEQ=ISS+1><ACK=IRS+1>', () => {
    const out = arrive(synSent(), { flags: 'SYN,ACK', seq: 5000, ack: 1001 }, 100);
    expect(out).toFollowRule({
      state: 'ESTABLISHED',
      sent: [{ flags: 'ACK', seq: 1001, ack: 5001 }],
      rule: 'syn-sent-syn-ack',
      rfc: '3.10.7.3',
      app: ['connect-returned'],
    });
    expect(out.endpoint.sndUna).toBe(1001);
    expect(out.endpoint.irs).toBe(5000);
    expect(out.endpoint.timers.retransmit, 'nothing left to retransmit').toBeNull();
  });

  it('SYN-SENT + SYN without ACK → SYN-RECEIVED, sends SYN,ACK with the same ISS (simultaneous open)', () => {
    const out = arrive(synSent(), { flags: 'SYN', seq: 5000 }, 100);
    expect(out).toFollowRule({
      state: 'SYN-RECEIVED',
      sent: [{ flags: 'SYN,ACK', seq: 1000, ack: 5001 }],
      rule: 'syn-sent-simultaneous-syn',
      rfc: '3.10.7.3',
    });
    expect(out.endpoint.sndNxt, 'our SYN still occupies only ISS').toBe(1001);
    expect(out.endpoint.passiveOpen, 'SYN-RECEIVED remembers it came from SYN-SENT').toBe(false);
  });

  it.each(
    titled('what', [
      { what: 'ACK = ISS', flags: 'ACK', seq: 5000, ack: 1000 },
      { what: 'ACK < ISS', flags: 'ACK', seq: 5000, ack: 999 },
      { what: 'ACK > SND.NXT', flags: 'ACK', seq: 5000, ack: 1002 },
      { what: 'old duplicate SYN,ACK (Figure 8)', flags: 'SYN,ACK', seq: 9000, ack: 90 },
    ]),
  )('SYN-SENT + %s (not acking our SYN) → RST <SEQ=SEG.ACK>, stays SYN-SENT', (_title, { flags, seq, ack }) => {
    const out = arrive(synSent(), { flags, seq, ack });
    expect(out).toFollowRule({
      state: 'SYN-SENT',
      sent: [{ flags: 'RST', seq: ack }],
      rule: 'syn-sent-bad-ack-rst',
      rfc: '3.10.7.3',
    });
  });

  it('SYN-SENT + RST with acceptable ACK → CLOSED, "connection refused"', () => {
    // What a real stack answers when nothing listens: RST,ACK seq 0, ack ISN+1.
    const out = arrive(synSent(), { flags: 'RST,ACK', seq: 0, ack: 1001 });
    expect(out).toFollowRule({
      state: 'CLOSED',
      sent: [],
      rule: 'syn-sent-rst-refused',
      rfc: '3.10.7.3',
      app: ['connection-refused'],
    });
  });

  it.each(
    titled('what', [
      { what: 'no ACK', flags: 'RST', ack: undefined, rule: 'syn-sent-rst-ignored' as const },
      { what: 'an unacceptable ACK', flags: 'RST,ACK', ack: 5, rule: 'syn-sent-bad-ack-dropped' as const },
    ]),
  )('SYN-SENT + RST with %s → dropped, stays SYN-SENT, no reply', (_title, { flags, ack, rule }) => {
    const out = arrive(synSent(), { flags, seq: 0, ack });
    expect(out).toFollowRule({ state: 'SYN-SENT', sent: [], rule, rfc: '3.10.7.3', app: [] });
  });
});

describe('SYN-RECEIVED (§3.10.7.4)', () => {
  it('SYN-RECEIVED + ACK acking our SYN → ESTABLISHED, sends nothing', () => {
    const out = arrive(synReceivedPassive(), { flags: 'ACK', seq: 1001, ack: 5001 }, 200);
    expect(out).toFollowRule({
      state: 'ESTABLISHED',
      sent: [],
      rule: 'syn-received-ack',
      rfc: '3.10.7.4',
      app: ['accept-returned'],
    });
    expect(out.endpoint.sndUna).toBe(5001);
    expect(out.endpoint.timers.retransmit).toBeNull();
  });

  it('SYN-RECEIVED + ACK not acking our SYN → RST <SEQ=SEG.ACK>, stays SYN-RECEIVED', () => {
    const out = arrive(synReceivedPassive(), { flags: 'ACK', seq: 1001, ack: 4000 });
    expect(out).toFollowRule({
      state: 'SYN-RECEIVED',
      sent: [{ flags: 'RST', seq: 4000 }],
      rule: 'syn-received-bad-ack-rst',
      rfc: '3.10.7.4',
    });
  });

  it('SYN-RECEIVED (simultaneous open) + SYN,ACK acking our SYN → ESTABLISHED (Figure 7, no further segment)', () => {
    const out = arrive(synReceivedActive(), { flags: 'SYN,ACK', seq: 5000, ack: 1001 }, 200);
    expect(out).toFollowRule({
      state: 'ESTABLISHED',
      sent: [],
      rule: 'syn-received-simultaneous-syn-ack',
      rfc: '3.10.7.4',
      app: ['connect-returned'],
    });
    expect(out.endpoint.sndUna).toBe(1001);
    expect(out.endpoint.rcvNxt).toBe(5001);
  });

  it('SYN-RECEIVED (came from LISTEN) + RST → LISTEN, user not told', () => {
    const out = arrive(synReceivedPassive(), { flags: 'RST', seq: 1001 });
    expect(out).toFollowRule({
      state: 'LISTEN',
      sent: [],
      rule: 'rst-syn-received-to-listen',
      rfc: '3.10.7.4',
      app: [],
    });
    expect(out.endpoint.retransmitQueue, 'retransmission queue flushed').toEqual([]);
    expect(out.endpoint.timers.retransmit).toBeNull();
  });

  it('SYN-RECEIVED (came from SYN-SENT) + RST → CLOSED, "connection refused"', () => {
    const out = arrive(synReceivedActive(), { flags: 'RST', seq: 5001 });
    expect(out).toFollowRule({
      state: 'CLOSED',
      sent: [],
      rule: 'rst-syn-received-refused',
      rfc: '3.10.7.4',
      app: ['connection-refused'],
    });
  });

  it('SYN-RECEIVED (came from LISTEN) + in-window SYN → LISTEN', () => {
    const out = arrive(synReceivedPassive(), { flags: 'SYN', seq: 1001 });
    expect(out).toFollowRule({ state: 'LISTEN', sent: [], rule: 'syn-received-syn-to-listen', rfc: '3.10.7.4' });
  });

  it('SYN-RECEIVED + FIN (with the ACK of our SYN) → CLOSE-WAIT, ACKs the FIN', () => {
    const out = arrive(synReceivedPassive(), { flags: 'FIN,ACK', seq: 1001, ack: 5001 }, 200);
    expect(out).toFollowRule({
      state: 'CLOSE-WAIT',
      sent: [{ flags: 'ACK', seq: 5001, ack: 1002 }],
      rule: 'fin-to-close-wait',
      rfc: '3.10.7.4',
      app: ['accept-returned', 'eof'],
    });
  });

  it('SYN-RECEIVED + close() → FIN-WAIT-1, sends FIN,ACK <SEQ=ISS+1><ACK=RCV.NXT>', () => {
    const out = call(synReceivedPassive(), 'close', 150);
    expect(out).toFollowRule({
      state: 'FIN-WAIT-1',
      sent: [{ flags: 'FIN,ACK', seq: 5001, ack: 1001 }],
      rule: 'close-send-fin',
      rfc: '3.10.4',
    });
    expect(out.endpoint.sndNxt).toBe(5002);
  });
});
