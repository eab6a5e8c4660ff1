/**
 * Whole runs of the built-in scenarios against what RFC 9293 prescribes. The expected traces
 * below are written out by hand from the RFC (section or figure next to each), not recorded from
 * the engine: client ISN 1000, server ISN 5000, 100 ms one way, 60 s TIME-WAIT.
 *
 * Segment notation: `C`/`S` sender, flags in reading order, seq, ack when the ACK bit is set,
 * len when there is payload; then ports when they are not the usual client 49152 ↔ server 80,
 * forged addresses, the origin of an injected segment, and what the network did (LOST,
 * DELAYED) or RETX.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from './scenarios';
import { SCENARIO_IDS, type ScenarioId } from './scenarioIds';
import { DEFAULT_OPTIONS, type SimOptions } from './options';
import { RULES } from './rules';
import { seqAdd, seqDiff } from './seq';
import { resolveIsn, simulate } from './simulate';
import type { TcpState } from './states';
import type { Side } from './segment';
import { DEFAULT_PORTS } from './tcbOps';
import { SOCKET_SCENARIO_TRACES } from './testing/socketScenarioTraces';
import type { Trace, TraceSegment } from './trace';
import type { Scenario } from './scenario';

const OPTIONS: SimOptions = { ...DEFAULT_OPTIONS, isnMode: 'fixed', isnClient: 1000, isnServer: 5000, latencyMs: 100, timeWaitMs: 60_000 };

function run(id: ScenarioId, options: Partial<SimOptions> = {}): Trace {
  return simulate(SCENARIOS[id], { ...OPTIONS, ...options });
}

function describeSegment(s: TraceSegment): string {
  const parts = [s.from === 'client' ? 'C' : 'S', s.flags.join(','), `seq=${s.seq}`];
  if (s.ack !== null) parts.push(`ack=${s.ack}`);
  if (s.len > 0) parts.push(`len=${s.len}`);
  const usual = s.srcPort === DEFAULT_PORTS[s.from] && s.dstPort === DEFAULT_PORTS[s.to];
  if (!usual) parts.push(`${s.srcPort}>${s.dstPort}`);
  if (s.srcAddr !== undefined) parts.push(`from ${s.srcAddr}`);
  if (s.dstAddr !== undefined) parts.push(`to ${s.dstAddr}`);
  if (s.origin !== 'endpoint') parts.push(`[${s.origin}]`);
  if (s.fate === 'lose') parts.push('LOST');
  if (s.fate === 'delay') parts.push('DELAYED');
  if (s.retransmission) parts.push('RETX');
  return parts.join(' ');
}

const HANDSHAKE = ['C SYN seq=1000', 'S SYN,ACK seq=5000 ack=1001', 'C ACK seq=1001 ack=5001'];

const CLIENT_OPENS: readonly TcpState[] = ['CLOSED', 'SYN-SENT', 'ESTABLISHED'];
const SERVER_ACCEPTS: readonly TcpState[] = ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'];
/** The active closer (§3.6, Figure 12): FIN-WAIT-1 → FIN-WAIT-2 → TIME-WAIT → CLOSED after 2MSL. */
const ACTIVE_CLOSE: readonly TcpState[] = ['FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'CLOSED'];
/** The passive closer: CLOSE-WAIT → LAST-ACK → CLOSED, never TIME-WAIT (MUST-13). */
const PASSIVE_CLOSE: readonly TcpState[] = ['CLOSE-WAIT', 'LAST-ACK', 'CLOSED'];

interface Expected {
  states: Record<Side, readonly TcpState[]>;
  segments: readonly string[];
}

/** A scenario id missing here fails the "every scenario" test below: new scenarios need an RFC reading. */
const EXPECTED: Partial<Record<ScenarioId, Expected>> = {
  ...SOCKET_SCENARIO_TRACES,
  // §3.5 Figure 6: SYN; SYN,ACK; ACK.
  handshake: {
    states: { client: CLIENT_OPENS, server: SERVER_ACCEPTS },
    segments: HANDSHAKE,
  },
  // §3.6 Figure 12: four segments; the server's ACK leaves on its own (delayed ACK, §3.8.6.3)
  // because its application closes only 400 ms after EOF.
  close: {
    states: { client: [...CLIENT_OPENS, ...ACTIVE_CLOSE], server: [...SERVER_ACCEPTS, ...PASSIVE_CLOSE] },
    segments: [
      ...HANDSHAKE,
      'C FIN,ACK seq=1001 ack=5001',
      'S ACK seq=5001 ack=1002',
      'S FIN,ACK seq=5001 ack=1002',
      'C ACK seq=1002 ack=5002',
    ],
  },
  // The server closes at once: its FIN carries the ACK of the client's FIN (three segments),
  // so the client's FIN-WAIT-1 sees a FIN that acks its own and goes straight to TIME-WAIT.
  'close-fin-ack': {
    states: {
      client: [...CLIENT_OPENS, 'FIN-WAIT-1', 'TIME-WAIT', 'CLOSED'],
      server: [...SERVER_ACCEPTS, ...PASSIVE_CLOSE],
    },
    segments: [...HANDSHAKE, 'C FIN,ACK seq=1001 ack=5001', 'S FIN,ACK seq=5001 ack=1002', 'C ACK seq=1002 ack=5002'],
  },
  // The server closes first, so the server is the one in TIME-WAIT.
  'server-close': {
    states: { client: [...CLIENT_OPENS, ...PASSIVE_CLOSE], server: [...SERVER_ACCEPTS, ...ACTIVE_CLOSE] },
    segments: [
      ...HANDSHAKE,
      'S FIN,ACK seq=5001 ack=1001',
      'C ACK seq=1001 ack=5002',
      'C FIN,ACK seq=1001 ack=5002',
      'S ACK seq=5002 ack=1002',
    ],
  },
  // §3.5 Figure 7: the SYNs cross; each side answers SYN,ACK with its same ISS; no LISTEN.
  'simultaneous-open': {
    states: {
      client: ['CLOSED', 'SYN-SENT', 'SYN-RECEIVED', 'ESTABLISHED'],
      server: ['CLOSED', 'SYN-SENT', 'SYN-RECEIVED', 'ESTABLISHED'],
    },
    segments: ['C SYN seq=1000', 'S SYN seq=5000', 'S SYN,ACK seq=5000 ack=1001', 'C SYN,ACK seq=1000 ack=5001'],
  },
  // §3.6 Figure 13: the FINs cross; each ACKs the other's; both pass CLOSING and TIME-WAIT.
  'simultaneous-close': {
    states: {
      client: [...CLIENT_OPENS, 'FIN-WAIT-1', 'CLOSING', 'TIME-WAIT', 'CLOSED'],
      server: [...SERVER_ACCEPTS, 'FIN-WAIT-1', 'CLOSING', 'TIME-WAIT', 'CLOSED'],
    },
    segments: [
      ...HANDSHAKE,
      'C FIN,ACK seq=1001 ack=5001',
      'S FIN,ACK seq=5001 ack=1001',
      'S ACK seq=5002 ack=1002',
      'C ACK seq=1002 ack=5002',
    ],
  },
  // §3.6 half-close: after the client's FIN the server still sends 2 × 100 bytes, which the
  // client (FIN-WAIT-2) acknowledges at once, then closes.
  'half-close': {
    states: { client: [...CLIENT_OPENS, ...ACTIVE_CLOSE], server: [...SERVER_ACCEPTS, ...PASSIVE_CLOSE] },
    segments: [
      ...HANDSHAKE,
      'C FIN,ACK seq=1001 ack=5001',
      'S ACK seq=5001 ack=1002',
      'S PSH,ACK seq=5001 ack=1002 len=100',
      'C ACK seq=1002 ack=5101',
      'S PSH,ACK seq=5101 ack=1002 len=100',
      'C ACK seq=1002 ack=5201',
      'S FIN,ACK seq=5201 ack=1002',
      'C ACK seq=1002 ack=5202',
    ],
  },
  // §3.10.8: the lost SYN is resent unchanged when the 1 s RTO expires.
  'syn-lost': {
    states: { client: CLIENT_OPENS, server: SERVER_ACCEPTS },
    segments: ['C SYN seq=1000 LOST', 'C SYN seq=1000 RETX', 'S SYN,ACK seq=5000 ack=1001', 'C ACK seq=1001 ack=5001'],
  },
  // The client resends its SYN; in SYN-RECEIVED that duplicate is below RCV.NXT, so it is
  // unacceptable and gets <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> (§3.10.7.4 first check), which
  // SYN-SENT drops (no SYN, no RST: §3.10.7.3 fifth). The server's own RTO resends the SYN,ACK.
  'syn-ack-lost': {
    states: { client: CLIENT_OPENS, server: SERVER_ACCEPTS },
    segments: [
      'C SYN seq=1000',
      'S SYN,ACK seq=5000 ack=1001 LOST',
      'C SYN seq=1000 RETX',
      'S ACK seq=5001 ack=1001',
      'S SYN,ACK seq=5000 ack=1001 RETX',
      'C ACK seq=1001 ack=5001',
    ],
  },
  // The server resends the SYN,ACK; for the ESTABLISHED client it is an old duplicate, answered
  // by an ACK (§3.10.7.4 first check), which completes the server's handshake.
  'ack-lost': {
    states: { client: CLIENT_OPENS, server: SERVER_ACCEPTS },
    segments: [
      'C SYN seq=1000',
      'S SYN,ACK seq=5000 ack=1001',
      'C ACK seq=1001 ack=5001 LOST',
      'S SYN,ACK seq=5000 ack=1001 RETX',
      'C ACK seq=1001 ack=5001',
    ],
  },
  'fin-lost': {
    states: { client: [...CLIENT_OPENS, ...ACTIVE_CLOSE], server: [...SERVER_ACCEPTS, ...PASSIVE_CLOSE] },
    segments: [
      ...HANDSHAKE,
      'C FIN,ACK seq=1001 ack=5001 LOST',
      'C FIN,ACK seq=1001 ack=5001 RETX',
      'S ACK seq=5001 ack=1002',
      'S FIN,ACK seq=5001 ack=1002',
      'C ACK seq=1002 ack=5002',
    ],
  },
  // ACKs are cumulative: the server's FIN,ACK acks the client's FIN too, so FIN-WAIT-1 → TIME-WAIT.
  'close-ack-lost': {
    states: {
      client: [...CLIENT_OPENS, 'FIN-WAIT-1', 'TIME-WAIT', 'CLOSED'],
      server: [...SERVER_ACCEPTS, ...PASSIVE_CLOSE],
    },
    segments: [
      ...HANDSHAKE,
      'C FIN,ACK seq=1001 ack=5001',
      'S ACK seq=5001 ack=1002 LOST',
      'S FIN,ACK seq=5001 ack=1002',
      'C ACK seq=1002 ack=5002',
    ],
  },
  'passive-fin-lost': {
    states: { client: [...CLIENT_OPENS, ...ACTIVE_CLOSE], server: [...SERVER_ACCEPTS, ...PASSIVE_CLOSE] },
    segments: [
      ...HANDSHAKE,
      'C FIN,ACK seq=1001 ack=5001',
      'S ACK seq=5001 ack=1002',
      'S FIN,ACK seq=5001 ack=1002 LOST',
      'S FIN,ACK seq=5001 ack=1002 RETX',
      'C ACK seq=1002 ack=5002',
    ],
  },
  // Why TIME-WAIT exists: the resent FIN finds the client still there to ACK it again.
  'last-ack-lost': {
    states: { client: [...CLIENT_OPENS, ...ACTIVE_CLOSE], server: [...SERVER_ACCEPTS, ...PASSIVE_CLOSE] },
    segments: [
      ...HANDSHAKE,
      'C FIN,ACK seq=1001 ack=5001',
      'S ACK seq=5001 ack=1002',
      'S FIN,ACK seq=5001 ack=1002',
      'C ACK seq=1002 ack=5002 LOST',
      'S FIN,ACK seq=5001 ack=1002 RETX',
      'C ACK seq=1002 ack=5002',
    ],
  },
  // §3.10.7.1: no TCB; the SYN has no ACK, so <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>;
  // §3.10.7.3: that RST acks our SYN, so the client gives up: "connection refused".
  refused: {
    states: { client: ['CLOSED', 'SYN-SENT', 'CLOSED'], server: ['CLOSED'] },
    segments: ['C SYN seq=1000', 'S RST,ACK seq=0 ack=1001'],
  },
  // §3.10.5: ABORT in ESTABLISHED sends <SEQ=SND.NXT><CTL=RST>; it is exactly RCV.NXT, so valid.
  abort: {
    states: { client: [...CLIENT_OPENS, 'CLOSED'], server: [...SERVER_ACCEPTS, 'CLOSED'] },
    segments: [...HANDSHAKE, 'C RST seq=1001'],
  },
  // §3.5 Figure 8. The server's second SYN,ACK must use a fresh ISS (Figure 8 line 7 uses 400
  // after 300). The engine follows §3.4.1's 4 µs clock from the user's ISN: the RST lands at
  // t = 300 ms, so ISS = 5000 + 250 × 300 = 80000.
  'old-duplicate-syn': {
    states: { client: CLIENT_OPENS, server: ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'] },
    segments: [
      'C SYN seq=990 [old-duplicate]',
      'C SYN seq=1000 DELAYED',
      'S SYN,ACK seq=5000 ack=991',
      'C RST seq=991',
      'S SYN,ACK seq=80000 ack=1001',
      'C ACK seq=1001 ack=80001',
    ],
  },
  // Not TCP: the counterfactual two-segment handshake. The server commits on the old SYN alone
  // and the client, which asked for nothing, has no way to refuse.
  'two-way-handshake': {
    states: { client: ['CLOSED'], server: ['CLOSED', 'LISTEN', 'ESTABLISHED'] },
    segments: ['C SYN seq=990 [old-duplicate]', 'S SYN,ACK seq=5000 ack=991'],
  },
  // A SYN scan. Port 80: SYN,ACK; the scanner's host has no TCB for port 40000, so it answers
  // <SEQ=SEG.ACK><CTL=RST> (§3.10.7.1) and the listener returns to LISTEN (§3.10.7.4). Port 81
  // has no socket: <SEQ=0><ACK=SEG.SEQ+1><CTL=RST,ACK>, which the scanner's host ignores.
  'port-scan': {
    states: { client: ['CLOSED'], server: ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'LISTEN'] },
    segments: [
      'C SYN seq=1000 40000>80 [raw-socket]',
      'C SYN seq=1000 40000>81 [raw-socket]',
      'S SYN,ACK seq=5000 ack=1001 80>40000',
      'C RST seq=1001 40000>80',
      'S RST,ACK seq=0 ack=1001 81>40000',
    ],
  },
  // RFC 4987 §2–3: three SYNs from forged addresses at a listener with backlog 2: the first two
  // fill its queue, the third is dropped. Each queued one gets a SYN,ACK that goes nowhere (lost)
  // and is resent on the listener's back-off (1, 2, 4, 8 s). The real client's SYN finds the queue
  // full and is dropped too (as Linux does with SYN cookies off, one entry later), so it can only
  // retry on its own RTO (1, 2, 4, 8 s): nothing gets through before the 20 s horizon. The half-open
  // connections' ISSs are the engine's readable stand-ins for §3.4.1 (listener ISS + 10000·k).
  'syn-flood': {
    states: { client: ['CLOSED', 'SYN-SENT'], server: ['CLOSED', 'LISTEN'] },
    segments: [
      'C SYN seq=8919 41000>80 from 203.0.113.7 [spoofed]',
      'C SYN seq=16838 41001>80 from 203.0.113.23 [spoofed]',
      'C SYN seq=24757 41002>80 from 203.0.113.42 [spoofed]',
      'S SYN,ACK seq=15000 ack=8920 80>41000 to 203.0.113.7 LOST',
      'S SYN,ACK seq=25000 ack=16839 80>41001 to 203.0.113.23 LOST',
      'C SYN seq=1000',
      ...[1, 2, 3, 4].flatMap(() => [
        'S SYN,ACK seq=15000 ack=8920 80>41000 to 203.0.113.7 LOST RETX',
        'S SYN,ACK seq=25000 ack=16839 80>41001 to 203.0.113.23 LOST RETX',
        'C SYN seq=1000 RETX',
      ]),
    ],
  },
};

describe('every built-in scenario against RFC 9293', () => {
  it('every scenario id has an expected trace written from the RFC', () => {
    const missing = SCENARIO_IDS.filter((id) => !(id in EXPECTED));
    expect(missing).toEqual([]);
  });

  it.each(SCENARIO_IDS.filter((id) => id in EXPECTED))('%s: states of both sides and every segment', (id) => {
    const expected = EXPECTED[id] as Expected;
    const trace = run(id);
    expect(trace.states.client, 'client states').toEqual(expected.states.client);
    expect(trace.states.server, 'server states').toEqual(expected.states.server);
    expect(trace.segments.map(describeSegment)).toEqual(expected.segments);
  });
});

describe('syn-flood', () => {
  it('the listener drops the real SYN while its backlog is full; SYN,ACK retries back off 1, 2, 4, 8 s', () => {
    const trace = run('syn-flood');
    expect(trace.horizon).toBe(20_000);
    const toFirstForged = trace.segments.filter((s) => s.dstAddr === '203.0.113.7').map((s) => s.sentAt);
    expect(toFirstForged).toEqual([100, 1100, 3100, 7100, 15100]);
    const clientSyns = trace.segments.filter((s) => s.from === 'client' && s.origin === 'endpoint').map((s) => s.sentAt);
    expect(clientSyns).toEqual([500, 1500, 3500, 7500, 15500]);
    expect(
      trace.segments.filter((s) => s.from === 'server' && s.dstPort === DEFAULT_PORTS.client),
      'nothing ever answers the real client',
    ).toEqual([]);
  });

  it('with SYN cookies (RFC 4987 §3.6) the real client gets through, and the listener keeps no state for it until its ACK', () => {
    const trace = run('syn-flood', { synCookies: true });
    expect(trace.states).toEqual({
      client: ['CLOSED', 'SYN-SENT', 'ESTABLISHED'],
      server: ['CLOSED', 'LISTEN', 'ESTABLISHED'],
    });
    const real = trace.segments.filter((s) => s.origin === 'endpoint' && s.dstAddr === undefined);
    const [syn, cookieSynAck, ack, ...rest] = real;
    expect(rest).toEqual([]);
    expect(describeSegment(syn as TraceSegment)).toBe('C SYN seq=1000');
    expect(cookieSynAck?.flags).toEqual(['SYN', 'ACK']);
    expect(cookieSynAck?.ack).toBe(1001);
    expect(ack?.flags).toEqual(['ACK']);
    expect(ack?.seq).toBe(1001);
    expect(ack?.ack, 'the ACK returns the cookie + 1').toBe(seqAdd(cookieSynAck?.seq ?? 0, 1));
    // Stateless: the SYN,ACK is never retransmitted and the queue does not grow for it.
    const answering = trace.steps[cookieSynAck?.sentStep ?? -1];
    expect(answering?.after.server.state).toBe('LISTEN');
    expect(answering?.after.server.synQueue).toBe(2);
    expect(answering?.after.server.timers.retransmit).toBeNull();
  });
});

describe('a half-open connection made without any loss (§3.5.2)', () => {
  // Both sides connect at once; the client aborts while in SYN-SENT, listens on the same port,
  // and so answers the server's crossing SYN as a new connection with a new ISN. The server,
  // in a simultaneous open, is synchronized on the client's old ISN.
  const reopened: Scenario = {
    id: 'abort-then-listen',
    calls: [
      { side: 'client', call: 'connect', when: { at: 0 } },
      { side: 'server', call: 'connect', when: { at: 0 } },
      { side: 'client', call: 'abort', when: { at: 1 } },
      { side: 'client', call: 'listen', when: { at: 2 } },
      { side: 'client', call: 'close', when: { at: 3 } },
    ],
  };
  const trace = simulate(reopened, { ...DEFAULT_OPTIONS, isnMode: 'fixed', isnClient: 0, isnServer: 0, latencyMs: 2 });
  const client = trace.steps.filter((s) => s.side === 'client');

  it('SYN-SENT + ABORT sends nothing (§3.10.5), so the server never hears of it', () => {
    const abort = client.find((s) => s.input.kind === 'call' && s.input.call === 'abort');
    expect([abort?.from, abort?.to, abort?.emitted]).toEqual(['SYN-SENT', 'CLOSED', []]);
    expect(trace.segments.some((s) => s.flags.includes('RST'))).toBe(false);
    expect(trace.segments.every((s) => s.fate !== 'lose')).toBe(true);
  });

  it('SYN-RECEIVED + an ACK of its SYN → ESTABLISHED, though the FIN on it is out of order and held', () => {
    const established = trace.steps.find((s) => s.side === 'server' && s.to === 'ESTABLISHED');
    expect(established?.from).toBe('SYN-RECEIVED');
    const server = established?.after.server;
    const clientNow = established?.after.client;
    expect(server?.irs, "the server's IRS is the aborted connection's ISN").not.toBe(clientNow?.iss);
    expect(server?.rcvNxt).toBe(seqAdd(server?.irs ?? 0, 1));
  });

  it('the client gives up on its unacknowledged SYN,ACK and FIN (R2) and closes; the server stays ESTABLISHED', () => {
    const last = trace.steps.at(-1);
    expect([last?.side, last?.rule, last?.from]).toEqual(['client', 'retransmit-give-up', 'FIN-WAIT-1']);
    expect([last?.after.client.state, last?.after.server.state]).toEqual(['CLOSED', 'ESTABLISHED']);
  });
});

describe('timing the scenarios promise', () => {
  /** Time at which `side` entered `state` (first time), and when it left it. */
  function stay(trace: Trace, side: Side, state: TcpState): { from: number; to: number } {
    const steps = trace.steps.filter((s) => s.side === side);
    const enter = steps.find((s) => s.to === state && s.from !== state);
    const leave = steps.find((s) => s.from === state && s.to !== state && s.index > (enter?.index ?? Infinity));
    if (!enter || !leave) throw new Error(`${side} never passed through ${state}`);
    return { from: enter.t, to: leave.t };
  }

  it.each(['close', 'close-fin-ack', 'half-close', 'fin-lost', 'passive-fin-lost'] as const)(
    '%s: the client stays in TIME-WAIT exactly 2MSL, then CLOSED',
    (id) => {
      const trace = run(id);
      const { from, to } = stay(trace, 'client', 'TIME-WAIT');
      expect(to - from).toBe(60_000);
      expect(trace.steps.at(-1)?.rule).toBe('time-wait-expired');
    },
  );

  it('server-close: the server (the side that closed first) holds TIME-WAIT; the client never does (MUST-13)', () => {
    const trace = run('server-close');
    const { from, to } = stay(trace, 'server', 'TIME-WAIT');
    expect(to - from).toBe(60_000);
    expect(trace.states.client).not.toContain('TIME-WAIT');
  });

  it('simultaneous-close: both sides hold TIME-WAIT for 2MSL', () => {
    const trace = run('simultaneous-close');
    for (const side of ['client', 'server'] as const) {
      const { from, to } = stay(trace, side, 'TIME-WAIT');
      expect(to - from).toBe(60_000);
    }
  });

  it('last-ack-lost: the retransmitted FIN restarts 2MSL (CLOSED 2MSL after the second FIN arrived)', () => {
    const trace = run('last-ack-lost');
    const again = trace.steps.find((s) => s.rule === 'time-wait-fin-again');
    const expired = trace.steps.find((s) => s.rule === 'time-wait-expired');
    expect(again).toBeDefined();
    expect((expired?.t ?? 0) - (again?.t ?? 0)).toBe(60_000);
  });

  /** How long after the segment it repeats the first retransmission of `flags` from `side` went out. */
  function firstRetransmissionGap(trace: Trace, side: Side, flags: string): number | undefined {
    const same = (s: TraceSegment) => s.from === side && s.flags.join() === flags;
    const retx = trace.segments.find((s) => same(s) && s.retransmission);
    const original = trace.segments.find((s) => same(s) && !s.retransmission && s.seq === retx?.seq);
    return retx && original ? retx.sentAt - original.sentAt : undefined;
  }

  // RFC 6298: before any round trip is measured the RTO is 1 s (§2.1). The handshake measures one
  // (R = 2 × latency): RTO = R + 4·R/2 = 3R (§2.2), at least 1 s (§2.4). If the SYN (or SYN,ACK)
  // itself timed out, Karn's rule (§3) leaves nothing measured and the RTO restarts at 3 s (§5.7).
  it.each([
    { id: 'syn-lost', latency: 100, side: 'client', flags: 'SYN', gap: 1000, why: 'nothing measured yet: 1 s (§2.1)' },
    { id: 'fin-lost', latency: 100, side: 'client', flags: 'FIN,ACK', gap: 1000, why: 'R = 200 ms: 600 ms, rounded up to 1 s (§2.4)' },
    {
      id: 'passive-fin-lost',
      latency: 100,
      side: 'server',
      flags: 'FIN,ACK',
      gap: 1000,
      why: 'the server measured 200 ms too: 1 s (§2.4)',
    },
    { id: 'fin-lost', latency: 400, side: 'client', flags: 'FIN,ACK', gap: 2400, why: 'R = 800 ms: 800 + 4·400 (§2.2)' },
    {
      id: 'last-ack-lost',
      latency: 400,
      side: 'server',
      flags: 'FIN,ACK',
      gap: 2400,
      why: 'the server measured 800 ms from SYN,ACK to ACK',
    },
    {
      id: 'fin-lost',
      latency: 600,
      side: 'client',
      flags: 'FIN,ACK',
      gap: 3000,
      why: 'the SYN timed out at 1 s, before its 1.2 s round trip: 3 s (§5.7)',
    },
    { id: 'fin-lost', latency: 1000, side: 'client', flags: 'FIN,ACK', gap: 3000, why: 'the SYN timed out: 3 s (§5.7)' },
    { id: 'passive-fin-lost', latency: 1000, side: 'server', flags: 'FIN,ACK', gap: 3000, why: 'the SYN,ACK timed out: 3 s (§5.7)' },
    { id: 'syn-lost', latency: 1000, side: 'client', flags: 'SYN', gap: 1000, why: 'nothing measured yet: 1 s (§2.1)' },
  ] as const)('$id at $latency ms one way: the lost segment is resent after $gap ms ($why)', ({ id, latency, side, flags, gap }) => {
    expect(firstRetransmissionGap(run(id, { latencyMs: latency }), side, flags)).toBe(gap);
  });

  it('the TCB snapshot shows what the timer learned: at 100 ms one way both sides measured R = 200 ms', () => {
    const trace = run('handshake');
    const last = trace.steps.at(-1)?.after;
    const learned = (side: Side) => [last?.[side].srttMs, last?.[side].rttvarMs, last?.[side].rtoMs];
    expect({ client: learned('client'), server: learned('server') }).toEqual({ client: [200, 100, 1000], server: [200, 100, 1000] });
    expect(trace.initial.client.srttMs, 'nothing measured before the first segment').toBeNull();
  });

  it('half-close: the server sends its data in CLOSE-WAIT and the client ACKs it from FIN-WAIT-2', () => {
    const trace = run('half-close');
    const dataSteps = trace.steps.filter((s) => s.rule === 'send-data');
    expect(dataSteps.map((s) => [s.side, s.from, s.to])).toEqual([
      ['server', 'CLOSE-WAIT', 'CLOSE-WAIT'],
      ['server', 'CLOSE-WAIT', 'CLOSE-WAIT'],
    ]);
    const received = trace.steps.filter((s) => s.rule === 'data-received');
    expect(received.map((s) => [s.side, s.from, s.to])).toEqual([
      ['client', 'FIN-WAIT-2', 'FIN-WAIT-2'],
      ['client', 'FIN-WAIT-2', 'FIN-WAIT-2'],
    ]);
    // Each ACK goes out in the same step (no delayed ACK once we no longer send, §3.8.6.3).
    expect(received.every((s) => s.emitted.length === 1)).toBe(true);
  });

  it('refused and abort tell the application what happened', () => {
    const refused = run('refused');
    expect(refused.steps.flatMap((s) => (s.side === 'client' ? s.app : []))).toEqual(['connection-refused']);
    const abort = run('abort');
    expect(abort.steps.flatMap((s) => (s.side === 'server' ? s.app : []))).toEqual(['accept-returned', 'connection-reset']);
  });
});

// At 600 ms one way the handshake resends its SYN and SYN,ACK, and the duplicates draw extra
// bare ACKs; a fault that counted ACKs would hit one of those. The loss scenarios name their
// ACK by the state its sender is in, so the lesson stays the same at any latency.
describe.each([
  { id: 'close-ack-lost', lost: 'S ACK seq=5001 ack=1002 LOST', sentIn: 'CLOSE-WAIT' },
  { id: 'last-ack-lost', lost: 'C ACK seq=1002 ack=5002 LOST', sentIn: 'TIME-WAIT' },
] as const)('$id at 600 ms one way', ({ id, lost, sentIn }) => {
  it(`loses the ACK sent in ${sentIn}, as at 100 ms`, () => {
    const slow = run(id, { latencyMs: 600 });
    expect(slow.segments.filter((seg) => seg.lost).map(describeSegment)).toEqual([lost]);
    expect(
      run(id)
        .segments.filter((seg) => seg.lost)
        .map(describeSegment),
    ).toEqual([lost]);
    expect(slow.states).toEqual(run(id).states);
  });
});

/**
 * The plain close over a slow path, 600 ms one way (the issue that made the timer learn): the
 * round trip of 1.2 s outlasts the first RTO of 1 s (RFC 6298 §2.1), so both the SYN and the
 * SYN,ACK are resent once. Their ACKs then measure nothing (Karn, §3) and both RTOs restart at
 * 3 s (§5.7), longer than a round trip: the close resends nothing, no duplicate FIN meets a
 * closed server, no RST, and the client keeps its full TIME-WAIT.
 */
describe('close at 600 ms one way', () => {
  const trace = run('close', { latencyMs: 600 });

  it('resends only the SYN and the SYN,ACK, each once, and every state is as at 100 ms', () => {
    expect(trace.segments.map(describeSegment)).toEqual([
      'C SYN seq=1000', // t=0, RTO 1 s
      'S SYN,ACK seq=5000 ack=1001', // t=600, RTO 1 s
      'C SYN seq=1000 RETX', // t=1000: the SYN,ACK is still 200 ms away
      'C ACK seq=1001 ack=5001', // t=1200: ESTABLISHED (§3.10.7.3), RTO 3 s (§5.7)
      'S ACK seq=5001 ack=1001', // t=1600: the resent SYN is below RCV.NXT: unacceptable, ACK (§3.10.7.4)
      'S SYN,ACK seq=5000 ack=1001 RETX', // t=1600: the server's own 1 s RTO
      'C FIN,ACK seq=1001 ack=5001', // t=1700: close() 500 ms after connect returned; RTO 3 s
      'C ACK seq=1002 ack=5001', // t=2200: the resent SYN,ACK is old: unacceptable, ACK
      'S ACK seq=5001 ack=1002', // t=2340: the delayed ACK of the FIN (§3.8.6.3)
      'S FIN,ACK seq=5001 ack=1002', // t=2700: close() 400 ms after EOF
      'C ACK seq=1002 ack=5002', // t=3300: FIN-WAIT-2 + FIN → TIME-WAIT
    ]);
    expect(trace.segments.map((seg) => seg.sentAt)).toEqual([0, 600, 1000, 1200, 1600, 1600, 1700, 2200, 2340, 2700, 3300]);
    expect(trace.states).toEqual(run('close').states);
  });

  it('after the handshake both RTOs are 3 s (§5.7); the FIN round trips teach the real path', () => {
    const established = (side: Side) => trace.steps.find((st) => st.side === side && st.to === 'ESTABLISHED');
    expect(established('client')?.after.client.rtoMs).toBe(3000);
    expect(established('server')?.after.server.rtoMs).toBe(3000);
    // The client's FIN (1.7 s) is acked at 2.94 s: R = 1240 ms, RTO = 1240 + 4·620 = 3720 ms (§2.2).
    const finAcked = trace.steps.find((st) => st.rule === 'fin-wait-1-acked');
    expect([finAcked?.t, finAcked?.after.client.srttMs, finAcked?.after.client.rtoMs]).toEqual([2940, 1240, 3720]);
  });

  it('the client holds TIME-WAIT the full 60 s, from 3.3 s to 63.3 s', () => {
    const entered = trace.steps.find((st) => st.side === 'client' && st.to === 'TIME-WAIT');
    const last = trace.steps.at(-1);
    expect([entered?.t, last?.t, last?.rule]).toEqual([3300, 63_300, 'time-wait-expired']);
  });
});

describe('the trace is a pure function of its inputs', () => {
  it.each(SCENARIO_IDS)('%s: same scenario and options ⇒ deep-equal trace', (id) => {
    expect(run(id)).toStrictEqual(run(id));
  });

  it.each(SCENARIO_IDS)('%s: every step cites the section of its rule', (id) => {
    for (const step of run(id).steps) expect(step.rfc, `${step.index} ${step.rule}`).toBe(RULES[step.rule]);
  });
});

/**
 * Moving both ISNs must move every seq and ack by the same amount (mod 2^32) and change nothing
 * else: seq lives in the sender's space, ack in the receiver's. A RST with SEQ=0 (§3.10.7.1,
 * ACK bit clear on the segment it answers) is absolute and stays 0.
 */
function shifted(fixed: Trace, moved: Trace): string[] {
  const delta = (side: Side) => seqDiff(moved.isn[side], fixed.isn[side]);
  return fixed.segments.map((s) => {
    const rstZero = s.flags.includes('RST') && s.seq === 0;
    return describeSegment({
      ...s,
      seq: rstZero ? 0 : seqAdd(s.seq, delta(s.from)),
      ack: s.ack === null ? null : seqAdd(s.ack, delta(s.to)),
    });
  });
}

describe('wrap-around ISNs (isnMode "wrap", just below 2^32)', () => {
  it('resolveIsn puts both ISNs within 10 of 2^32', () => {
    const isn = resolveIsn({ ...OPTIONS, isnMode: 'wrap' });
    for (const side of ['client', 'server'] as const) {
      expect(isn[side]).toBeLessThan(2 ** 32);
      expect(isn[side]).toBeGreaterThanOrEqual(2 ** 32 - 10);
    }
  });

  it.each(SCENARIO_IDS)('%s: same states, every number moved by the ISN difference mod 2^32', (id) => {
    const fixed = run(id);
    const wrapped = run(id, { isnMode: 'wrap' });
    expect(wrapped.states).toEqual(fixed.states);
    expect(wrapped.steps.map((s) => [s.t, s.side, s.rule])).toEqual(fixed.steps.map((s) => [s.t, s.side, s.rule]));
    expect(wrapped.segments.map(describeSegment)).toEqual(shifted(fixed, wrapped));
  });

  it('half-close: the acks of the server data wrap to small numbers', () => {
    const trace = run('half-close', { isnMode: 'wrap' });
    expect(trace.isn).toEqual({ client: 4294967290, server: 4294967293 });
    expect(trace.segments.map(describeSegment)).toEqual([
      'C SYN seq=4294967290',
      'S SYN,ACK seq=4294967293 ack=4294967291',
      'C ACK seq=4294967291 ack=4294967294',
      'C FIN,ACK seq=4294967291 ack=4294967294',
      'S ACK seq=4294967294 ack=4294967292',
      'S PSH,ACK seq=4294967294 ack=4294967292 len=100',
      'C ACK seq=4294967292 ack=98',
      'S PSH,ACK seq=98 ack=4294967292 len=100',
      'C ACK seq=4294967292 ack=198',
      'S FIN,ACK seq=198 ack=4294967292',
      'C ACK seq=4294967292 ack=199',
    ]);
  });

  it('an ISN of 2^32−1: the SYN,ACK acknowledges 0', () => {
    const trace = run('handshake', { isnClient: 2 ** 32 - 1 });
    expect(trace.segments.map(describeSegment)).toEqual(['C SYN seq=4294967295', 'S SYN,ACK seq=5000 ack=0', 'C ACK seq=0 ack=5001']);
    expect(trace.states).toEqual({ client: CLIENT_OPENS, server: SERVER_ACCEPTS });
  });
});

describe('random ISNs from a seed', () => {
  it('the same seed gives the same ISNs', () => {
    for (const seed of [1, 2, 42, 2 ** 31]) {
      expect(resolveIsn({ ...OPTIONS, isnMode: 'random', seed })).toEqual(resolveIsn({ ...OPTIONS, isnMode: 'random', seed }));
    }
  });

  it('ISNs are 32-bit integers, differ between the sides and between seeds', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 50; seed++) {
      const isn = resolveIsn({ ...OPTIONS, isnMode: 'random', seed });
      for (const v of [isn.client, isn.server]) {
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThan(2 ** 32);
      }
      expect(isn.client).not.toBe(isn.server);
      seen.add(`${isn.client}/${isn.server}`);
    }
    expect(seen.size).toBe(50);
  });

  it('random mode ignores the fixed ISN fields', () => {
    const a = resolveIsn({ ...OPTIONS, isnMode: 'random', seed: 7, isnClient: 1, isnServer: 2 });
    const b = resolveIsn({ ...OPTIONS, isnMode: 'random', seed: 7, isnClient: 3, isnServer: 4 });
    expect(a).toEqual(b);
  });

  it.each(SCENARIO_IDS)('%s: a seeded run is reproducible and only moves the numbers', (id) => {
    const fixed = run(id);
    const random = run(id, { isnMode: 'random', seed: 2024 });
    expect(run(id, { isnMode: 'random', seed: 2024 })).toStrictEqual(random);
    expect(random.isn).not.toEqual(run(id, { isnMode: 'random', seed: 2025 }).isn);
    expect(random.states).toEqual(fixed.states);
    expect(random.segments.map(describeSegment)).toEqual(shifted(fixed, random));
  });
});
