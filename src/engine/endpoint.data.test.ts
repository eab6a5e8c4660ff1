/**
 * Data and acknowledgments in a synchronized connection (RFC 9293 §3.10.7.4 fifth to seventh,
 * §3.8.6.3, §3.7.1). Client ISS 1000, server ISS 5000: the client's RCV.NXT is 5001 and its
 * SND.NXT 1001 once ESTABLISHED.
 */
import { describe, expect, it } from 'vitest';
import { arrive, call, closeWaitAcked, established, PEER_WINDOW, runningTimers, sent, synSent } from './testing/fixtures';

describe('segment text (§3.10.7.4 seventh)', () => {
  it('ESTABLISHED + in-order data → RCV.NXT advances by SEG.LEN, the ACK is delayed', () => {
    const out = arrive(established('client'), { flags: 'PSH,ACK', seq: 5001, ack: 1001, len: 100 }, 300);
    expect(out).toFollowRule({ state: 'ESTABLISHED', sent: [], rule: 'data-received', rfc: '3.10.7.4', app: ['data-read'] });
    expect(out.endpoint.rcvNxt).toBe(5101);
    expect(runningTimers(out.endpoint)).toEqual({ delayedAck: 340 });
  });

  it('ESTABLISHED + a second segment while an ACK is delayed → ACK now, covering both (§3.8.6.3)', () => {
    const first = arrive(established('client'), { flags: 'ACK', seq: 5001, ack: 1001, len: 1460 }, 300);
    expect(sent(first)).toEqual([]);
    const second = arrive(first.endpoint, { flags: 'PSH,ACK', seq: 6461, ack: 1001, len: 1460 }, 310);
    expect(second).toFollowRule({
      state: 'ESTABLISHED',
      sent: [{ flags: 'ACK', seq: 1001, ack: 7921 }],
      rule: 'data-received',
      rfc: '3.10.7.4',
      app: ['data-read'],
    });
    expect(runningTimers(second.endpoint)).toEqual({});
  });

  it('ESTABLISHED + a retransmission straddling RCV.NXT → only the new part is taken', () => {
    // Bytes 4951..5050: 50 already received, 50 new.
    const out = arrive(established('client'), { flags: 'PSH,ACK', seq: 4951, ack: 1001, len: 100 }, 300);
    expect(out.rule).toBe('data-received');
    expect(out.params.bytes).toBe(50);
    expect(out.endpoint.rcvNxt).toBe(5051);
  });

  it('ESTABLISHED + data after a gap → not taken, duplicate ACK <SEQ=SND.NXT><ACK=RCV.NXT> at once', () => {
    const out = arrive(established('client'), { flags: 'PSH,ACK', seq: 5101, ack: 1001, len: 100 }, 300);
    expect(out.endpoint.state).toBe('ESTABLISHED');
    expect(out.endpoint.rcvNxt).toBe(5001);
    expect(sent(out)).toEqual([{ flags: ['ACK'], seq: 1001, ack: 5001, len: 0 }]);
  });

  it('CLOSE-WAIT + data → text ignored (the peer already sent its FIN), nothing sent', () => {
    const ep = closeWaitAcked('client');
    const out = arrive(ep, { flags: 'PSH,ACK', seq: 5002, ack: 1001, len: 100 }, 300);
    expect(out.endpoint.state).toBe('CLOSE-WAIT');
    expect(out.endpoint.rcvNxt).toBe(5002);
    expect(out.app).not.toContain('data-read');
  });

  // §3.10.7.4: "it is assumed that the segment is the idealized segment that begins at RCV.NXT
  // and does not exceed the window … trimming off any portions that lie outside the window".
  it('ESTABLISHED + a segment longer than the window → at most RCV.WND bytes are taken', () => {
    const out = arrive(established('client'), { flags: 'PSH,ACK', seq: 5001, ack: 1001, len: 100_000 }, 300);
    expect(out.endpoint.rcvNxt).toBe(5001 + PEER_WINDOW);
  });
});

describe('acknowledgments (§3.10.7.4 fifth)', () => {
  it('ESTABLISHED + ACK of our data → SND.UNA advances, retransmission timer stops', () => {
    const withData = call(established('client'), 'send', 100, 100);
    expect(withData.endpoint.timers.retransmit).toBe(1100);
    const out = arrive(withData.endpoint, { flags: 'ACK', seq: 5001, ack: 1101 }, 300);
    expect(out).toFollowRule({ state: 'ESTABLISHED', sent: [], rule: 'ack-advances', rfc: '3.10.7.4' });
    expect(out.endpoint.sndUna).toBe(1101);
    expect(out.endpoint.retransmitQueue).toEqual([]);
    expect(runningTimers(out.endpoint)).toEqual({});
  });

  it('ESTABLISHED + ACK of something not yet sent → ACK <SEQ=SND.NXT><ACK=RCV.NXT>, dropped', () => {
    const out = arrive(established('client'), { flags: 'PSH,ACK', seq: 5001, ack: 2000, len: 10 }, 300);
    expect(out).toFollowRule({
      state: 'ESTABLISHED',
      sent: [{ flags: 'ACK', seq: 1001, ack: 5001 }],
      rule: 'ack-ahead',
      rfc: '3.10.7.4',
    });
    expect(out.endpoint.rcvNxt, 'the text of a dropped segment is not taken').toBe(5001);
  });

  it('ESTABLISHED + segment without the ACK bit → dropped silently', () => {
    const ep = established('client');
    const out = arrive(ep, { flags: 'PSH', seq: 5001, len: 10 }, 300);
    expect(out).toFollowRule({ state: 'ESTABLISHED', sent: [], rule: 'no-ack-dropped', rfc: '3.10.7.4' });
    expect(out.endpoint).toEqual(ep);
  });
});

describe('what we send', () => {
  it('ESTABLISHED + send() → PSH,ACK <SEQ=SND.NXT><ACK=RCV.NXT>, queued for retransmission', () => {
    const out = call(established('client'), 'send', 100, 100);
    expect(out).toFollowRule({
      state: 'ESTABLISHED',
      sent: [{ flags: 'PSH,ACK', seq: 1001, ack: 5001, len: 100 }],
      rule: 'send-data',
      rfc: '3.10.2',
    });
    expect(out.endpoint.sndNxt).toBe(1101);
  });

  // §3.7.1: the data in a segment MUST NOT exceed the effective send MSS (MUST-16; with no MSS
  // option received the default is 536, MUST-15).
  it('ESTABLISHED + send() larger than the MSS → segments of at most MSS bytes', () => {
    const out = call(established('client'), 'send', 100, 4000);
    expect(out.emitted.length).toBeGreaterThan(1);
    for (const { segment } of out.emitted) expect(segment.len).toBeLessThanOrEqual(1460);
  });
});

describe('controls riding on the SYN,ACK (§3.10.7.3)', () => {
  // §3.10.7.3, SYN-SENT, fourth: after entering ESTABLISHED, "if there are other controls or text
  // in the segment, then continue processing at the sixth step under Section 3.10.7.4". A FIN on
  // the SYN,ACK must therefore be taken: RCV.NXT over it, CLOSE-WAIT, "eof".
  it('SYN-SENT + SYN,FIN,ACK → ESTABLISHED then the FIN: CLOSE-WAIT, ACK=IRS+2', () => {
    const out = arrive(synSent(), { flags: 'SYN,FIN,ACK', seq: 5000, ack: 1001 }, 100);
    expect(out.endpoint.state).toBe('CLOSE-WAIT');
    expect(out.endpoint.rcvNxt).toBe(5002);
    expect(out.app).toContain('eof');
  });
});
