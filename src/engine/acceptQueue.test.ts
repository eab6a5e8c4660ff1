/**
 * The listener's accept queue (issue 11 §2), as the socket API and the kernel measurement
 * (scripts/kernel/captures/accept-queue-full) describe it. RFC 9293 has no accept queue: a
 * dropped ACK simply leaves the SYN,ACK unacknowledged, which §3.10.8 resends. Client ISN 1000,
 * server ISN 5000, 100 ms one way.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, type SimOptions } from './options';
import { listenQueueCapacity } from './profile';
import type { Profile } from './profile';
import type { Scenario, ScriptedCall } from './scenario';
import { SCENARIOS } from './scenarios';
import type { Side } from './segment';
import { simulate } from './simulate';
import type { Trace, TraceStep, UserCall } from './trace';

const OPTIONS: SimOptions = { ...DEFAULT_OPTIONS, isnMode: 'fixed', isnClient: 1000, isnServer: 5000, latencyMs: 100 };

const at = (t: number, side: Side, call: UserCall): ScriptedCall => ({ side, call, when: { at: t } });

/** A server whose application calls accept() itself, with listen()'s backlog `backlog`. */
function onCall(calls: readonly ScriptedCall[], backlog: number, profile: Profile = 'rfc9293'): Trace {
  const scenario: Scenario = { id: 'test', calls, accepts: 'on-call', endpoints: { server: { backlog } } };
  return simulate(scenario, { ...OPTIONS, profile });
}

const serverSteps = (trace: Trace) => trace.steps.filter((s) => s.side === 'server');
const rules = (steps: readonly TraceStep[]) => steps.map((s) => s.rule);
const labels = (trace: Trace, step: TraceStep) => step.emitted.map((id) => trace.segments[id - 1]?.flags.join(','));

describe('how many connections the accept queue holds', () => {
  it('Linux: listen(fd, N) holds N + 1 (sk_acceptq_is_full tests queued > backlog); RFC profile, as POSIX words it: N', () => {
    expect(listenQueueCapacity({ profile: 'linux', backlog: 2 })).toBe(3);
    expect(listenQueueCapacity({ profile: 'rfc9293', backlog: 2 })).toBe(2);
    expect(listenQueueCapacity({ profile: 'linux', backlog: null })).toBeNull();
  });
});

describe('accept queue full + the ACK that completes the handshake', () => {
  it.each(['rfc9293', 'linux'] as const)(
    '%s: the ACK is dropped, SYN-RECEIVED stays, the SYN,ACK is resent; the client is ESTABLISHED',
    (profile) => {
      const trace = simulate(SCENARIOS['accept-queue-full'], { ...OPTIONS, profile });
      const dropped = trace.steps.filter((s) => s.rule === 'accept-queue-full');
      // The client's first ACK and its ACK of the first resent SYN,ACK.
      expect(dropped.map((s) => [s.t, s.from, s.to])).toEqual([
        [300, 'SYN-RECEIVED', 'SYN-RECEIVED'],
        [1300, 'SYN-RECEIVED', 'SYN-RECEIVED'],
      ]);
      for (const step of dropped) {
        expect(step.emitted).toEqual([]);
        expect(step.after.server.acceptQueue).toBe(step.after.server.acceptCapacity);
        expect(step.after.client.state).toBe('ESTABLISHED');
      }
      const resent = trace.steps.filter((s) => s.side === 'server' && s.rule === 'retransmit');
      expect(resent.map((s) => [s.t, labels(trace, s)])).toEqual([
        [1100, ['SYN,ACK']],
        [3100, ['SYN,ACK']],
      ]);
      // connect() returned at 200 ms, long before the server had the connection.
      const connected = trace.steps.find((s) => s.app.includes('connect-returned'));
      expect(connected?.t).toBe(200);
    },
  );

  it('once accept() has made room, the next ACK completes the handshake and the waiting accept() returns the connection', () => {
    const trace = simulate(SCENARIOS['accept-queue-full'], { ...OPTIONS, profile: 'linux' });
    const accepts = serverSteps(trace).filter((s) => s.input.kind === 'call' && s.input.call === 'accept');
    // Oldest first: the two earlier clients' connections and the last client's, then none left.
    expect(rules(accepts)).toEqual(['accept-other-connection', 'accept-other-connection', 'accept-other-connection', 'accept-waits']);
    expect(accepts.map((s) => s.after.server.acceptQueue)).toEqual([2, 1, 0, 0]);
    const completed = trace.steps.find((s) => s.rule === 'syn-received-ack');
    expect(completed).toMatchObject({ t: 3300, from: 'SYN-RECEIVED', to: 'ESTABLISHED', app: ['accept-returned'] });
    expect(completed?.after.server.acceptQueue).toBe(0);
  });

  it('another client takes the last place with its own ACK, from its own address', () => {
    const trace = simulate(SCENARIOS['accept-queue-full'], { ...OPTIONS, profile: 'linux' });
    expect(trace.initial.server).toMatchObject({ acceptQueue: 2, acceptCapacity: 3, synQueue: 1 });
    const other = trace.steps.find((s) => s.rule === 'listen-other-completed');
    expect(other).toMatchObject({ t: 101, from: 'SYN-RECEIVED', to: 'SYN-RECEIVED', params: { addr: '198.51.100.23' } });
    expect(other?.after.server).toMatchObject({ acceptQueue: 3, synQueue: 0 });
  });
});

describe('LISTEN + SYN while the accept queue is full', () => {
  it('is dropped without an answer; the retransmitted SYN gets in once accept() has made room', () => {
    // backlog 1, RFC profile: one place. The first connection fills it and is reset by its client
    // (a connection in the queue stays there until accepted); the second connect() finds it full.
    const trace = onCall(
      [
        at(0, 'server', 'listen'),
        at(0, 'client', 'connect'),
        at(500, 'client', 'abort'),
        at(600, 'client', 'connect'),
        at(1200, 'server', 'accept'),
      ],
      1,
    );
    const drop = trace.steps.find((s) => s.rule === 'listen-accept-queue-full');
    expect(drop).toMatchObject({ t: 700, side: 'server', emitted: [] });
    expect(drop?.after.server).toMatchObject({ acceptQueue: 1, acceptCapacity: 1 });
    // accept() at 1.2 s takes the reset connection (still the server's on the diagram: the new
    // SYN made nothing); the SYN resent at 1.6 s finds room.
    expect(trace.steps.find((s) => s.side === 'server' && s.t === 1200)).toMatchObject({ rule: 'accept-connection', to: 'CLOSED' });
    const synsTaken = trace.steps.filter((s) => s.side === 'server' && s.rule === 'listen-syn');
    expect(synsTaken.map((s) => s.t)).toEqual([100, 1700]);
  });
});

describe('accept()', () => {
  it('with nothing queued: the application waits in it (no segment), and the next handshake returns at once', () => {
    const trace = onCall([at(0, 'server', 'listen'), at(0, 'server', 'accept'), at(0, 'client', 'connect')], 2);
    const call = trace.steps.find((s) => s.input.kind === 'call' && s.input.call === 'accept');
    expect(call).toMatchObject({ rule: 'accept-waits', app: ['accept-waiting'], emitted: [] });
    const done = trace.steps.find((s) => s.to === 'ESTABLISHED' && s.side === 'server');
    expect(done).toMatchObject({ t: 300, app: ['accept-returned'] });
    expect(done?.after.server.acceptQueue).toBe(0);
  });

  it('after the handshake: the connection waited in the queue, ESTABLISHED, and accept() hands it over', () => {
    const trace = onCall([at(0, 'server', 'listen'), at(0, 'client', 'connect'), at(1000, 'server', 'accept')], 2);
    const done = trace.steps.find((s) => s.to === 'ESTABLISHED' && s.side === 'server');
    expect(done?.app).toEqual([]);
    expect(done?.after.server.acceptQueue).toBe(1);
    const call = trace.steps.find((s) => s.t === 1000);
    expect(call).toMatchObject({
      rule: 'accept-connection',
      app: ['accept-returned'],
      from: 'ESTABLISHED',
      to: 'ESTABLISHED',
      emitted: [],
    });
    expect(call?.after.server.acceptQueue).toBe(0);
  });

  it('a connection reset while it waits in the queue: the application hears of it only after accept(), from its next call', () => {
    const trace = onCall(
      [
        at(0, 'server', 'listen'),
        at(0, 'client', 'connect'),
        at(500, 'client', 'abort'),
        at(1000, 'server', 'accept'),
        at(1100, 'server', 'read'),
      ],
      2,
    );
    const reset = trace.steps.find((s) => s.side === 'server' && s.rule === 'rst-reset');
    expect(reset).toMatchObject({ to: 'CLOSED', app: [] });
    expect(trace.steps.find((s) => s.t === 1000)).toMatchObject({ rule: 'accept-connection', app: ['accept-returned'] });
    expect(trace.steps.find((s) => s.t === 1100)).toMatchObject({
      rule: 'read-error',
      app: ['connection-reset'],
      params: { error: 'ECONNRESET' },
    });
  });

  it('on a socket that is not listening fails with EINVAL', () => {
    const trace = onCall([at(0, 'client', 'accept')], 2);
    expect(trace.steps[0]).toMatchObject({ rule: 'accept-not-listening', app: ['accept-invalid'] });
  });

  it('a call on a connection not yet accepted accepts it first (the sandbox acts on the connection)', () => {
    const trace = onCall([at(0, 'server', 'listen'), at(0, 'client', 'connect'), at(1000, 'server', 'close')], 2);
    const close = trace.steps.find((s) => s.t === 1000);
    expect(close).toMatchObject({ rule: 'close-send-fin', app: ['accept-returned'], to: 'FIN-WAIT-1' });
    expect(close?.after.server.acceptQueue).toBe(0);
  });

  it('a server waiting in accept() all along (every built-in story but accept-queue-full) never fills its queue', () => {
    const trace = simulate(SCENARIOS.reconnect, OPTIONS);
    expect(trace.steps.filter((s) => s.app.includes('accept-returned'))).toHaveLength(2);
    expect(trace.steps.every((s) => s.after.server.acceptQueue === 0)).toBe(true);
  });
});
