/**
 * The socket above the TCB (socket.ts), rule by rule: a listener that stays in LISTEN, close()
 * against shutdown(), the receive buffer, and what each call returns. Client ISN 1000, server
 * ISN 5000, 100 ms one way; the handshake is over by 300 ms (client ESTABLISHED at 200 ms).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, type SimOptions } from './options';
import type { Scenario, ScriptedCall } from './scenario';
import type { ScenarioId } from './scenarioIds';
import { SCENARIOS } from './scenarios';
import type { ReadMode } from './socket';
import { simulate } from './simulate';
import type { Side } from './segment';
import type { Trace, TraceStep, UserCall } from './trace';

const OPTIONS: SimOptions = { ...DEFAULT_OPTIONS, isnMode: 'fixed', isnClient: 1000, isnServer: 5000, latencyMs: 100, timeWaitMs: 5_000 };

const at = (t: number, side: Side, call: UserCall, bytes?: number): ScriptedCall => ({
  side,
  call,
  when: { at: t },
  ...(bytes !== undefined ? { bytes } : {}),
});
const OPEN = [at(0, 'server', 'listen'), at(0, 'client', 'connect')];

function run(calls: readonly ScriptedCall[], extra: Partial<Scenario> = {}, reads?: Partial<Record<Side, ReadMode>>): Trace {
  return simulate({ id: 'test', calls, ...extra, ...(reads ? { reads } : {}) }, OPTIONS);
}

/** The step of a call, by side and call, the n-th such (1-based). */
function callStep(trace: Trace, side: Side, call: UserCall, nth = 1): TraceStep {
  const steps = trace.steps.filter((s) => s.side === side && s.input.kind === 'call' && s.input.call === call);
  const step = steps[nth - 1];
  if (!step) throw new Error(`no ${side} ${call} #${nth}`);
  return step;
}

/** What a step sent, as "FLAGS seq=… [ack=…]". */
function sent(trace: Trace, step: TraceStep): string[] {
  return step.emitted.map((id) => {
    const s = trace.segments[id - 1];
    return s ? `${s.flags.join(',')} seq=${s.seq}${s.ack === null ? '' : ` ack=${s.ack}`}` : `#${id}?`;
  });
}

function arrivalOf(trace: Trace, flags: string, side: Side): TraceStep {
  const step = trace.steps.find(
    (s) => s.side === side && s.input.kind === 'segment' && trace.segments[s.input.segmentId - 1]?.flags.join(',') === flags,
  );
  if (!step) throw new Error(`no ${flags} arrives at the ${side}`);
  return step;
}

describe('a listening socket stays in LISTEN', () => {
  it('LISTEN + connect() → SYN-SENT: the socket turned active (§3.10.1) and no longer listens', () => {
    const trace = run([at(0, 'server', 'listen'), at(1, 'server', 'connect')]);
    const connect = callStep(trace, 'server', 'connect');
    expect([connect.from, connect.to]).toEqual(['LISTEN', 'SYN-SENT']);
    expect(connect.after.server.listening).toBe(false);
  });

  it('LISTEN + SYN → the connection is SYN-RECEIVED, the listener still listens', () => {
    const trace = run(OPEN);
    const syn = arrivalOf(trace, 'SYN', 'server');
    expect([syn.from, syn.to, syn.rule]).toEqual(['LISTEN', 'SYN-RECEIVED', 'listen-syn']);
    expect(syn.after.server.listening).toBe(true);
  });

  it('connection over (CLOSED) + a new SYN → the listener answers SYN,ACK, not RST,ACK: a second connection', () => {
    // The client aborts, then connects again from the same port (the server's TCB is gone).
    const trace = run([...OPEN, at(1000, 'client', 'abort'), at(2000, 'client', 'connect')]);
    const second = trace.steps.filter((s) => s.side === 'server' && s.rule === 'listen-syn')[1];
    expect(second?.from, 'the listener takes the SYN').toBe('LISTEN');
    expect(second?.to).toBe('SYN-RECEIVED');
    expect(second?.after.server.connection, "the server's second connection").toBe(1);
    expect(
      trace.segments.some((s) => s.flags.join(',') === 'RST,ACK'),
      'nobody refuses',
    ).toBe(false);
    expect(trace.connections?.[1]).toEqual({
      client: ['CLOSED', 'SYN-SENT', 'ESTABLISHED'],
      server: ['LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'],
    });
  });

  it('close() on the listener once the connection is over → the next SYN is refused (§3.10.7.1)', () => {
    const trace = run([...OPEN, at(1000, 'client', 'abort'), at(1500, 'server', 'close'), at(2000, 'client', 'connect')]);
    expect(callStep(trace, 'server', 'close').rule).toBe('close-listener');
    const refusal = trace.steps.filter((s) => s.side === 'server' && s.input.kind === 'segment').at(-1);
    expect(refusal?.rule).toBe('closed-reply-rst');
    expect(sent(trace, refusal as TraceStep)).toEqual([`RST,ACK seq=0 ack=${1000 + 250 * 1000 + 1}`]);
    expect(trace.steps.at(-1)?.app).toEqual(['connection-refused']);
  });

  it('a trace with one connection a side has no connections list (the contract keeps its shape)', () => {
    expect(run(OPEN).connections).toBeUndefined();
  });
});

describe('close() is not shutdown(SHUT_WR) (§3.6.1)', () => {
  const request = at(300, 'client', 'send', 100);

  it('ESTABLISHED + close() with 100 bytes unread → RST <SEQ=SND.NXT>, not FIN; CLOSED (SHLD-2)', () => {
    const trace = run([...OPEN, request, at(800, 'server', 'close')], {}, { server: 'on-call' });
    const close = callStep(trace, 'server', 'close');
    expect([close.from, close.to, close.rule, close.rfc]).toEqual(['ESTABLISHED', 'CLOSED', 'close-unread-rst', '3.6.1']);
    expect(sent(trace, close)).toEqual(['RST seq=5001']);
    expect(close.params).toMatchObject({ bytes: 100 });
    expect(arrivalOf(trace, 'RST', 'client').app, 'the client reads at once: ECONNRESET').toEqual(['connection-reset']);
  });

  it('ESTABLISHED + read() of everything, then close() → FIN as usual', () => {
    const trace = run([...OPEN, request, at(600, 'server', 'read'), at(800, 'server', 'close')], {}, { server: 'on-call' });
    const read = callStep(trace, 'server', 'read');
    expect([read.rule, read.app, read.params.bytes]).toEqual(['read-data', ['data-read'], 100]);
    const close = callStep(trace, 'server', 'close');
    expect([close.to, close.rule]).toEqual(['FIN-WAIT-1', 'close-send-fin']);
    expect(sent(trace, close)).toEqual(['FIN,ACK seq=5001 ack=1101']);
  });

  it('ESTABLISHED + shutdown(SHUT_WR) with data unread → FIN: the application still reads', () => {
    const trace = run([...OPEN, request, at(800, 'server', 'shutdown'), at(900, 'server', 'read')], {}, { server: 'on-call' });
    expect(sent(trace, callStep(trace, 'server', 'shutdown'))).toEqual(['FIN,ACK seq=5001 ack=1101']);
    expect(callStep(trace, 'server', 'read').params.bytes).toBe(100);
  });

  it('FIN-WAIT-2 after close() + data → RST <SEQ=SEG.ACK>, CLOSED; the sender in CLOSE-WAIT gets EPIPE on its next send()', () => {
    const trace = run([
      ...OPEN,
      at(500, 'server', 'close'),
      at(900, 'client', 'send', 100),
      at(1300, 'client', 'send', 100),
      at(1400, 'client', 'send', 100),
    ]);
    const data = arrivalOf(trace, 'PSH,ACK', 'server');
    expect([data.from, data.to, data.rule, data.rfc]).toEqual(['FIN-WAIT-2', 'CLOSED', 'orphan-data-rst', '3.6.1']);
    expect(sent(trace, data)).toEqual(['RST seq=5002']);
    const reset = arrivalOf(trace, 'RST', 'client');
    expect([reset.from, reset.to]).toEqual(['CLOSE-WAIT', 'CLOSED']);
    expect(reset.app, 'nobody reads in CLOSE-WAIT: the error waits for the next call').toEqual([]);
    expect(callStep(trace, 'client', 'send', 2).app).toEqual(['broken-pipe']);
    expect(callStep(trace, 'client', 'send', 2).emitted).toEqual([]);
    expect(callStep(trace, 'client', 'send', 3).app, 'and every send() after it').toEqual(['broken-pipe']);
  });

  it('FIN-WAIT-2 after shutdown(SHUT_WR) + data → accepted and acknowledged (half-close)', () => {
    const trace = run([...OPEN, at(500, 'server', 'shutdown'), at(900, 'client', 'send', 100)]);
    const data = arrivalOf(trace, 'PSH,ACK', 'server');
    expect([data.to, data.rule]).toEqual(['FIN-WAIT-2', 'data-received']);
    expect(trace.segments.some((s) => s.flags.includes('RST'))).toBe(false);
  });
});

describe('read() and shutdown(SHUT_RD) (RECEIVE, §3.10.3)', () => {
  it('read() with nothing yet → EAGAIN; data waits in the buffer until read(); after the FIN, read() → 0', () => {
    const trace = run(
      [
        ...OPEN,
        at(300, 'server', 'read'),
        at(300, 'client', 'send', 100),
        at(600, 'client', 'close'),
        at(900, 'server', 'read'),
        at(1000, 'server', 'read'),
      ],
      {},
      { server: 'on-call' },
    );
    expect(callStep(trace, 'server', 'read', 1).app).toEqual(['would-block']);
    const data = arrivalOf(trace, 'PSH,ACK', 'server');
    expect(data.app, 'not read yet').toEqual([]);
    expect(data.after.server.unread).toBe(100);
    expect(arrivalOf(trace, 'FIN,ACK', 'server').app, 'EOF waits behind the data').toEqual([]);
    expect([callStep(trace, 'server', 'read', 2).app, callStep(trace, 'server', 'read', 2).params.bytes]).toEqual([['data-read'], 100]);
    expect(callStep(trace, 'server', 'read', 3).app).toEqual(['eof']);
  });

  it('shutdown(SHUT_RD) sends nothing; read() then returns 0 and later data is acknowledged, not kept', () => {
    const trace = run(
      [...OPEN, at(400, 'server', 'shutrd'), at(500, 'client', 'send', 100), at(800, 'server', 'read')],
      {},
      { server: 'on-call' },
    );
    const shut = callStep(trace, 'server', 'shutrd');
    expect([shut.from, shut.to, shut.rule, shut.emitted]).toEqual(['ESTABLISHED', 'ESTABLISHED', 'shutdown-read', []]);
    expect(arrivalOf(trace, 'PSH,ACK', 'server').after.server.unread).toBe(0);
    expect(callStep(trace, 'server', 'read').app).toEqual(['eof']);
  });
});

describe('what connect() returns', () => {
  it('every SYN lost → after the last retransmission times out, ETIMEDOUT (§3.8.3 R2)', () => {
    const trace = run([at(0, 'server', 'listen'), at(0, 'client', 'connect')], {
      faults: [{ from: 'client', flags: ['SYN'], fate: 'lose' }],
    });
    const last = trace.steps.at(-1);
    expect([last?.from, last?.to, last?.rule, last?.app]).toEqual(['SYN-SENT', 'CLOSED', 'retransmit-give-up', ['connection-timed-out']]);
    expect(trace.segments.filter((s) => s.flags.join() === 'SYN').every((s) => s.lost)).toBe(true);
  });
});

describe('a host that crashes (§3.5.2)', () => {
  it('ESTABLISHED + crash → CLOSED with nothing sent; the peer still ESTABLISHED (half-open)', () => {
    const trace = run([...OPEN, at(1000, 'client', 'crash')]);
    const crash = callStep(trace, 'client', 'crash');
    expect([crash.from, crash.to, crash.rule, crash.emitted]).toEqual(['ESTABLISHED', 'CLOSED', 'host-crash', []]);
    expect(crash.after.server.state).toBe('ESTABLISHED');
  });

  it('Figure 10: the side still up sends data → the crashed host answers RST <SEQ=SEG.ACK>; ECONNRESET', () => {
    const trace = run([...OPEN, at(1000, 'client', 'crash'), at(1500, 'server', 'send', 10)]);
    const data = arrivalOf(trace, 'PSH,ACK', 'client');
    expect([data.rule, sent(trace, data)]).toEqual(['closed-reply-rst', ['RST seq=1001']]);
    const reset = arrivalOf(trace, 'RST', 'server');
    expect([reset.from, reset.to, reset.app]).toEqual(['ESTABLISHED', 'CLOSED', ['connection-reset']]);
  });
});

describe('a new SYN for a port pair in TIME-WAIT', () => {
  // The server closes first (TIME-WAIT); the client, CLOSED after LAST-ACK, connects again.
  const calls = [...OPEN, at(500, 'server', 'close'), at(700, 'client', 'close'), at(1500, 'client', 'connect')];

  it('RFC 9293 read to the letter: out of the window → <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> (§3.10.7.4)', () => {
    const trace = run(calls);
    const syn = trace.steps.find((s) => s.side === 'server' && s.from === 'TIME-WAIT' && s.input.kind === 'segment');
    expect([syn?.rule, syn?.to]).toEqual(['unacceptable-ack', 'TIME-WAIT']);
    expect(sent(trace, syn as TraceStep)).toEqual(['ACK seq=5002 ack=1002']);
  });

  it('with reopenFromTimeWait (MAY-2, RFC 6191) → the listener answers SYN,ACK with ISS = old SND.NXT + 65537', () => {
    const trace = run(calls, { endpoints: { server: { reopenFromTimeWait: true } } });
    const syn = trace.steps.find((s) => s.side === 'server' && s.from === 'TIME-WAIT' && s.input.kind === 'segment');
    expect([syn?.rule, syn?.to, syn?.rfc]).toEqual(['time-wait-reopen', 'SYN-RECEIVED', '3.6.1']);
    const newSyn = trace.segments.find((s) => s.from === 'client' && s.flags.join() === 'SYN' && s.seq !== 1000);
    expect(sent(trace, syn as TraceStep)).toEqual([`SYN,ACK seq=${5002 + 65537} ack=${(newSyn?.seq ?? 0) + 1}`]);
    expect(trace.steps.at(-1)?.after.server.state).toBe('ESTABLISHED');
    expect([syn?.after.server.connection, syn?.after.server.listening], 'a second connection on the listener').toEqual([1, true]);
    expect(
      trace.segments.some((s) => s.flags.includes('RST')),
      'no reset needed',
    ).toBe(false);
  });

  it('with reopenFromTimeWait but no listener (the side that connected) → still the ACK of §3.10.7.4, still TIME-WAIT', () => {
    // The client closes first; the server, CLOSED after LAST-ACK, connects to it from its own port.
    const reversed = [...OPEN, at(500, 'client', 'close'), at(700, 'server', 'close'), at(1500, 'server', 'connect')];
    const trace = run(reversed, { endpoints: { client: { reopenFromTimeWait: true } } });
    const syn = trace.steps.find((s) => s.side === 'client' && s.from === 'TIME-WAIT' && s.input.kind === 'segment');
    expect([syn?.rule, syn?.to, syn?.after.client.connection]).toEqual(['unacceptable-ack', 'TIME-WAIT', 0]);
    expect(sent(trace, syn as TraceStep)).toEqual(['ACK seq=1002 ack=5002']);
  });
});

describe('the new scenarios: what each application is told', () => {
  const scenario = (id: ScenarioId) => simulate(SCENARIOS[id], OPTIONS);
  const appEvents = (trace: Trace, side: Side) => trace.steps.filter((s) => s.side === side).flatMap((s) => s.app);

  it('syn-timeout: connect() fails with ETIMEDOUT, and the server never hears a thing', () => {
    const trace = scenario('syn-timeout');
    expect(appEvents(trace, 'client')).toEqual(['connection-timed-out']);
    expect(trace.steps.filter((s) => s.side === 'server' && s.input.kind === 'segment')).toEqual([]);
  });

  it('rst-unread-data: the server never reads; its close() resets the client (ECONNRESET)', () => {
    const trace = scenario('rst-unread-data');
    expect(appEvents(trace, 'server')).toEqual(['accept-returned']);
    expect(appEvents(trace, 'client')).toEqual(['connect-returned', 'connection-reset']);
  });

  it('data-after-close: EOF, then the client’s second send() fails with EPIPE', () => {
    const trace = scenario('data-after-close');
    expect(appEvents(trace, 'client')).toEqual(['connect-returned', 'eof', 'broken-pipe']);
    expect(callStep(trace, 'client', 'send', 2).rule).toBe('send-error');
  });

  it('half-open: the server’s old connection is reset, and its listener accepts the new one', () => {
    const trace = scenario('half-open');
    expect(appEvents(trace, 'server')).toEqual(['accept-returned', 'connection-reset', 'accept-returned']);
    expect(trace.connections?.map((c) => c.server.at(-1))).toEqual(['CLOSED', 'ESTABLISHED']);
  });

  it('reconnect and time-wait-reuse: a second connection on the same listener', () => {
    for (const id of ['reconnect', 'time-wait-reuse'] as const) {
      const trace = scenario(id);
      expect(trace.connections?.[1], `${id}: the second connection`).toEqual({
        client: ['CLOSED', 'SYN-SENT', 'ESTABLISHED'],
        server: ['LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'],
      });
      expect(
        trace.steps.every((s) => s.after.server.listening || s.after.server.state === 'CLOSED'),
        `${id}: the listener never closes`,
      ).toBe(true);
    }
  });

  it('time-wait-assassination: the RST of a server that forgot the connection ends TIME-WAIT (RFC 1337)', () => {
    const trace = scenario('time-wait-assassination');
    const killed = trace.steps.find((s) => s.side === 'client' && s.from === 'TIME-WAIT' && s.to === 'CLOSED');
    expect([killed?.rule, killed?.input.kind]).toEqual(['rst-closed', 'segment']);
    expect((killed?.t ?? 0) - 1300, 'far less than 2MSL').toBeLessThan(OPTIONS.timeWaitMs);
  });
});
