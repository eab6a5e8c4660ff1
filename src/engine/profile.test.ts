/**
 * The two profiles, rule by rule: each test runs the same moment under RFC 9293 and under
 * Linux and shows where (and only where) they part. Linux's numbers are the measured ones of
 * scripts/kernel/README.md; the captures themselves are compared in kernelCaptures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, type SimOptions } from './options';
import type { Profile } from './profile';
import type { Scenario } from './scenario';
import { SCENARIOS } from './scenarios';
import { simulate } from './simulate';
import type { Trace, TraceSegment } from './trace';

const run = (scenario: Scenario, profile: Profile, options: Partial<SimOptions> = {}): Trace =>
  simulate(scenario, { ...DEFAULT_OPTIONS, ...options, profile });

const sentBy = (trace: Trace, from: 'client' | 'server', flags: string) =>
  trace.segments.filter((s) => s.from === from && s.flags.join(',') === flags);
const seconds = (segments: readonly TraceSegment[]) => segments.map((s) => s.sentAt / 1000);
const rulesOf = (trace: Trace) => trace.steps.map((s) => s.rule);

/** A client whose every SYN is lost: connect() against silence. */
const unanswered = (synLinearTimeouts?: number): Scenario => ({
  id: 'syn-unanswered',
  calls: [{ side: 'client', call: 'connect', when: { at: 0 } }],
  faults: [{ from: 'client', flags: ['SYN'], fate: 'lose' }],
  ...(synLinearTimeouts === undefined ? {} : { endpoints: { client: { synLinearTimeouts } } }),
});
const giveUpAt = (trace: Trace) => (trace.steps.find((s) => s.rule === 'retransmit-give-up')?.t ?? NaN) / 1000;

describe('SYN retries', () => {
  it('RFC 6298: the wait doubles from 1 s; 8 SYNs, connect() fails at 247 s (120 s cap)', () => {
    const trace = run(unanswered(), 'rfc9293');
    expect(seconds(sentBy(trace, 'client', 'SYN'))).toEqual([0, 1, 3, 7, 15, 31, 63, 127]);
    expect(giveUpAt(trace)).toBe(247);
  });

  it('Linux, tcp_syn_linear_timeouts = 4: SYNs at 0,1,2,3,4,5,7,11,19,35,67 s, ETIMEDOUT at 131 s', () => {
    const trace = run(unanswered(), 'linux');
    expect(seconds(sentBy(trace, 'client', 'SYN'))).toEqual([0, 1, 2, 3, 4, 5, 7, 11, 19, 35, 67]);
    expect(giveUpAt(trace)).toBe(131);
    expect(trace.steps.at(-1)?.app).toEqual(['connection-timed-out']);
  });

  it('Linux, classic (tcp_syn_linear_timeouts = 0): SYNs at 0,1,3,7,15,31,63 s, ETIMEDOUT at 127 s', () => {
    const trace = run(unanswered(0), 'linux');
    expect(seconds(sentBy(trace, 'client', 'SYN'))).toEqual([0, 1, 3, 7, 15, 31, 63]);
    expect(giveUpAt(trace)).toBe(127);
  });
});

describe('retransmission timeout after an RTT sample', () => {
  const finResentAfter = (trace: Trace) => {
    const [first, again] = sentBy(trace, 'client', 'FIN,ACK');
    return (again?.sentAt ?? NaN) - (first?.sentAt ?? NaN);
  };

  it('RFC 6298: SRTT + 4·RTTVAR = 600 ms is rounded up to the 1 s minimum (§2.4)', () => {
    expect(finResentAfter(run(SCENARIOS['fin-lost'], 'rfc9293'))).toBe(1000);
  });

  it('Linux: SRTT + max(4·RTTVAR, 200 ms) = 200 + 400 ms after a 200 ms round trip', () => {
    expect(finResentAfter(run(SCENARIOS['fin-lost'], 'linux'))).toBe(600);
  });

  it('Linux: the 200 ms floor takes over on a short path: 40 + 200 ms at 20 ms one way', () => {
    expect(finResentAfter(run(SCENARIOS['fin-lost'], 'linux', { latencyMs: 20 }))).toBe(240);
  });
});

describe('a repeated SYN in SYN-RECEIVED (lost SYN,ACK)', () => {
  const answer = (trace: Trace) => {
    const dupSyn = sentBy(trace, 'client', 'SYN')[1];
    const step = trace.steps.find((s) => s.input.kind === 'segment' && s.input.segmentId === dupSyn?.id);
    return { rule: step?.rule, sent: step?.emitted.map((id) => trace.segments[id - 1]?.flags.join(',')) };
  };

  it('RFC 9293 §3.10.7.4: the SYN fails the sequence test and earns a bare ACK', () => {
    expect(answer(run(SCENARIOS['syn-ack-lost'], 'rfc9293'))).toEqual({ rule: 'unacceptable-ack', sent: ['ACK'] });
  });

  it('Linux: the SYN,ACK is sent again', () => {
    const trace = run(SCENARIOS['syn-ack-lost'], 'linux');
    expect(answer(trace)).toEqual({ rule: 'syn-received-dup-syn-syn-ack', sent: ['SYN,ACK'] });
    expect(trace.states.server).toEqual(['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED']);
  });
});

describe('abort()', () => {
  const reset = (trace: Trace) => trace.segments.find((s) => s.flags.includes('RST'));

  it('RFC 9293 §3.10.5: <SEQ=SND.NXT><CTL=RST>', () => {
    const rst = reset(run(SCENARIOS.abort, 'rfc9293'));
    expect({ flags: rst?.flags, seq: rst?.seq, ack: rst?.ack }).toEqual({ flags: ['RST'], seq: 1001, ack: null });
  });

  it('Linux: RST,ACK with ACK = RCV.NXT', () => {
    const rst = reset(run(SCENARIOS.abort, 'linux'));
    expect({ flags: rst?.flags, seq: rst?.seq, ack: rst?.ack }).toEqual({ flags: ['RST', 'ACK'], seq: 1001, ack: 5001 });
  });
});

describe('close() with data unread, and data after close() (§3.6.1 SHLD-2)', () => {
  const reset = (trace: Trace) => trace.segments.find((s) => s.flags.includes('RST'));

  it('RFC 9293: ESTABLISHED + close() with 100 bytes unread → the abort’s <SEQ=SND.NXT><CTL=RST>', () => {
    const rst = reset(run(SCENARIOS['rst-unread-data'], 'rfc9293'));
    expect({ from: rst?.from, flags: rst?.flags, seq: rst?.seq, ack: rst?.ack }).toEqual({
      from: 'server',
      flags: ['RST'],
      seq: 5001,
      ack: null,
    });
  });

  it('Linux: the same close() → RST,ACK with ACK = RCV.NXT, past the unread data (tcp_send_active_reset)', () => {
    const rst = reset(run(SCENARIOS['rst-unread-data'], 'linux'));
    expect({ from: rst?.from, flags: rst?.flags, seq: rst?.seq, ack: rst?.ack }).toEqual({
      from: 'server',
      flags: ['RST', 'ACK'],
      seq: 5001,
      ack: 1101,
    });
  });

  it.each(['rfc9293', 'linux'] as const)(
    '%s: data reaching an orphaned FIN-WAIT-2 → a bare <SEQ=SEG.ACK><CTL=RST>, the sender’s next send() EPIPE',
    (profile) => {
      const trace = run(SCENARIOS['data-after-close'], profile);
      const rst = reset(trace);
      expect({ from: rst?.from, flags: rst?.flags, seq: rst?.seq, ack: rst?.ack }).toEqual({
        from: 'server',
        flags: ['RST'],
        seq: 5002,
        ack: null,
      });
      expect(trace.steps.filter((s) => s.side === 'client' && s.rule === 'send-error').map((s) => s.app)).toEqual([['broken-pipe']]);
    },
  );
});

describe('acknowledging data early in a connection', () => {
  const send: Scenario = {
    id: 'send',
    calls: [
      ...SCENARIOS.handshake.calls,
      { side: 'client', call: 'send', bytes: 100, when: { after: { side: 'client', event: 'connect-returned' }, delayMs: 100 } },
    ],
  };
  const ackDelay = (trace: Trace) => {
    const data = sentBy(trace, 'client', 'PSH,ACK')[0];
    const ack = trace.segments.find((s) => s.from === 'server' && s.ack === 1101);
    return (ack?.sentAt ?? NaN) - (data?.arrivesAt ?? NaN);
  };

  it('RFC 9293 §3.8.6.3: the ACK waits for the delayed-ACK timer (40 ms)', () => {
    expect(ackDelay(run(send, 'rfc9293'))).toBe(40);
  });

  it('Linux: quick-ACK mode acknowledges at once', () => {
    expect(ackDelay(run(send, 'linux'))).toBe(0);
  });
});

describe('the ACK of a FIN', () => {
  it('RFC profile: the delayed-ACK timer, 40 ms after the FIN; Linux: as read() returns 0', () => {
    const ackOfFin = (trace: Trace) => trace.steps.find((s) => s.side === 'server' && s.from === 'CLOSE-WAIT' && s.emitted.length > 0);
    const finArrival = (trace: Trace) => sentBy(trace, 'client', 'FIN,ACK')[0]?.arrivesAt ?? NaN;
    const rfc = run(SCENARIOS.close, 'rfc9293');
    const linux = run(SCENARIOS.close, 'linux');
    expect([ackOfFin(rfc)?.rule, (ackOfFin(rfc)?.t ?? NaN) - finArrival(rfc)]).toEqual(['delayed-ack', 40]);
    expect([ackOfFin(linux)?.rule, (ackOfFin(linux)?.t ?? NaN) - finArrival(linux)]).toEqual(['eof-read-ack', 0]);
  });

  it('both: a close() as read() returns 0 carries the ACK on its FIN (three segments)', () => {
    for (const profile of ['rfc9293', 'linux'] as const) {
      const trace = run(SCENARIOS['close-fin-ack'], profile);
      const afterHandshake = trace.segments.slice(3).map((s) => `${s.from} ${s.flags.join(',')}`);
      expect(afterHandshake).toEqual(['client FIN,ACK', 'server FIN,ACK', 'client ACK']);
    }
  });
});

describe("simultaneous open's crossing SYN,ACKs", () => {
  const afterSynAcks = (trace: Trace) => trace.segments.filter((s) => s.flags.join(',') === 'ACK').map((s) => s.from);

  it('RFC 9293 Figure 7: nothing answers them', () => {
    expect(afterSynAcks(run(SCENARIOS['simultaneous-open'], 'rfc9293'))).toEqual([]);
  });

  it('Linux: each side acknowledges the SYN,ACK it got', () => {
    const trace = run(SCENARIOS['simultaneous-open'], 'linux');
    expect(afterSynAcks(trace).sort()).toEqual(['client', 'server']);
    expect(rulesOf(trace).filter((r) => r === 'syn-received-simultaneous-syn-ack-ack')).toHaveLength(2);
  });
});

describe('SYN cookies and TIME-WAIT, fixed by the profile', () => {
  it('Linux answers the flood with SYN cookies even with the option off (tcp_syncookies = 1)', () => {
    expect(rulesOf(run(SCENARIOS['syn-flood'], 'rfc9293', { synCookies: false }))).toContain('listen-backlog-full');
    expect(rulesOf(run(SCENARIOS['syn-flood'], 'linux', { synCookies: false }))).toContain('listen-syn-cookie');
  });

  it('Linux holds TIME-WAIT for 60 s whatever the option; the RFC profile follows the option', () => {
    const timeWaitLength = (trace: Trace) => {
      const enter = trace.steps.find((s) => s.to === 'TIME-WAIT');
      const leave = trace.steps.find((s) => s.rule === 'time-wait-expired');
      return (leave?.t ?? NaN) - (enter?.t ?? NaN);
    };
    expect(timeWaitLength(run(SCENARIOS.close, 'rfc9293', { timeWaitMs: 5000 }))).toBe(5000);
    expect(timeWaitLength(run(SCENARIOS.close, 'linux', { timeWaitMs: 5000 }))).toBe(60_000);
  });
});

describe('TIME-WAIT and a RST (RFC 1337)', () => {
  // The server's FIN is seq ISS+1, so the client in TIME-WAIT expects RCV.NXT = ISS+2.
  const rstInTimeWait: Scenario = {
    ...SCENARIOS.close,
    id: 'rst-in-time-wait',
    injections: [{ origin: 'old-duplicate', at: 3000, from: 'server', flags: ['RST'], seqFromIsn: 2 }],
  };

  it('both profiles end TIME-WAIT on an exact RST (RFC 9293 §3.10.7.4; Linux tcp_rfc1337 = 0)', () => {
    for (const profile of ['rfc9293', 'linux'] as const) {
      const step = run(rstInTimeWait, profile).steps.find((s) => s.from === 'TIME-WAIT');
      expect([step?.rule, step?.to, step?.t]).toEqual(['rst-closed', 'CLOSED', 3100]);
    }
  });
});

describe('a new SYN in TIME-WAIT (RFC 6191)', () => {
  // The server closes first and waits in TIME-WAIT; the client connects again 2 s later from the
  // same port, with an ISN from §3.4.1's clock, far above the old connection's numbers.
  const reconnect: Scenario = {
    ...SCENARIOS['server-close'],
    id: 'reconnect-into-time-wait',
    calls: [
      ...SCENARIOS['server-close'].calls,
      { side: 'client', call: 'connect', when: { after: { side: 'client', event: 'connection-closed' }, delayMs: 2000 } },
    ],
  };
  const arrivalInTimeWait = (trace: Trace) =>
    trace.steps.find((s) => s.side === 'server' && s.from === 'TIME-WAIT' && s.input.kind === 'segment');

  it('RFC 9293: the old connection stays; the SYN is answered with an ACK', () => {
    const step = arrivalInTimeWait(run(reconnect, 'rfc9293'));
    expect([step?.rule, step?.to]).toEqual(['unacceptable-ack', 'TIME-WAIT']);
  });

  it('Linux, a listener: TIME-WAIT + SYN above RCV.NXT → the listener accepts a second connection, ISS = old SND.NXT + 65537', () => {
    const trace = run(reconnect, 'linux');
    const step = arrivalInTimeWait(trace);
    expect([step?.rule, step?.to, step?.after.server.connection]).toEqual(['time-wait-reopen', 'SYN-RECEIVED', 1]);
    const synAck = trace.segments[(step?.emitted[0] ?? 0) - 1];
    expect(synAck?.seq).toBe(5000 + 2 + 65_537);
    const last = trace.steps.at(-1);
    expect([last?.after.server.state, last?.after.server.connection, last?.after.server.listening]).toEqual(['ESTABLISHED', 1, true]);
    // The first connection ended in TIME-WAIT; accept() returns the second.
    expect(trace.connections?.map((c) => c.server)).toEqual([
      ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT'],
      ['LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'],
    ]);
    expect(trace.steps.filter((s) => s.side === 'server').flatMap((s) => s.app)).toEqual(['accept-returned', 'eof', 'accept-returned']);
  });

  it('Linux, no listener: TIME-WAIT + SYN above RCV.NXT → <ACK> of the old connection, still TIME-WAIT', () => {
    // The client closed first and never listened. tcp_v4_rcv finds no listener for TCP_TW_SYN and
    // falls through to the TIME-WAIT ACK, as RFC 9293 §3.10.7.4 would answer.
    const synToClient: Scenario = {
      ...SCENARIOS.close,
      id: 'syn-into-client-time-wait',
      injections: [{ origin: 'raw-socket', at: 5000, from: 'server', flags: ['SYN'], seqFromIsn: 100_000 }],
    };
    for (const profile of ['rfc9293', 'linux'] as const) {
      const trace = run(synToClient, profile);
      const step = trace.steps.find((s) => s.side === 'client' && s.from === 'TIME-WAIT' && s.input.kind === 'segment');
      const reply = trace.segments[(step?.emitted[0] ?? 0) - 1];
      expect([step?.rule, step?.to, step?.after.client.connection]).toEqual(['unacceptable-ack', 'TIME-WAIT', 0]);
      expect([reply?.flags.join(','), reply?.seq, reply?.ack]).toEqual(['ACK', 1002, 5002]);
    }
  });
});

describe('a half-open connection that is never acknowledged', () => {
  const ackNeverArrives: Scenario = {
    id: 'ack-never',
    calls: SCENARIOS.handshake.calls,
    faults: [{ from: 'client', flags: ['ACK'], fate: 'lose' }],
  };

  it('RFC 9293 §3.8.3: the server gives up after 7 retries and closes the connection', () => {
    const last = run(ackNeverArrives, 'rfc9293').steps.findLast((s) => s.side === 'server');
    expect([last?.rule, last?.to, last?.params.retry]).toEqual(['retransmit-give-up', 'CLOSED', 7]);
  });

  it('Linux: after tcp_synack_retries (5) the request is dropped and the listener stays in LISTEN', () => {
    const last = run(ackNeverArrives, 'linux').steps.findLast((s) => s.side === 'server');
    expect([last?.rule, last?.to, last?.params.retry]).toEqual(['syn-received-give-up-listen', 'LISTEN', 5]);
  });
});

describe('the RFC profile is the default and unchanged', () => {
  it('DEFAULT_OPTIONS run RFC 9293, and the trace says which profile made it', () => {
    expect(DEFAULT_OPTIONS.profile).toBe('rfc9293');
    expect(simulate(SCENARIOS.close, DEFAULT_OPTIONS).profile).toBe('rfc9293');
  });
});
