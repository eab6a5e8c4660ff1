/**
 * The inference has no transition table of its own: every state it reports is one the engine's
 * endpointStep returned. Proved by swapping endpointStep for a wrapper that counts its calls and,
 * on demand, bends one answer: the trace must follow the bent answer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inferFromCapture, type ObservedSegment } from './captureInference';
import { makeSegment, type ControlBit, type Side } from './segment';
import type { Endpoint } from './tcb';

const calls = vi.hoisted(() => ({ count: 0, bend: null as null | ((ep: Endpoint) => Endpoint) }));

vi.mock('./endpointStep', async (importOriginal) => {
  const real = await importOriginal<typeof import('./endpointStep')>();
  return {
    ...real,
    endpointStep: (...args: Parameters<typeof real.endpointStep>) => {
      calls.count += 1;
      const out = real.endpointStep(...args);
      return calls.bend ? { ...out, endpoint: calls.bend(out.endpoint) } : out;
    },
  };
});

afterEach(() => {
  calls.count = 0;
  calls.bend = null;
});

const PORTS: Record<Side, number> = { client: 40000, server: 80 };
function seen(from: Side, t: number, flags: ControlBit[], seq: number, ack: number | null, len = 0): ObservedSegment {
  const to: Side = from === 'client' ? 'server' : 'client';
  return {
    from,
    t,
    frame: 0,
    truncated: false,
    segment: makeSegment({ srcPort: PORTS[from], dstPort: PORTS[to], flags, seq, ack, len, window: 65535 }),
  };
}

/** A capture taken at the client: SYN, SYN,ACK 10 ms later, ACK at once. */
const HANDSHAKE = [
  seen('client', 0, ['SYN'], 100, null),
  seen('server', 10, ['SYN', 'ACK'], 500, 101),
  seen('client', 10.1, ['ACK'], 101, 501),
].map((o, i) => ({ ...o, frame: i + 1 }));

describe('capture inference runs on the engine', () => {
  it('client CLOSED + connect() → SYN-SENT + SYN,ACK → ESTABLISHED; server LISTEN + SYN → SYN-RECEIVED + ACK → ESTABLISHED', () => {
    const trace = inferFromCapture({ name: 'capture:test#0', segments: HANDSHAKE });
    expect(trace.states.client).toEqual(['CLOSED', 'SYN-SENT', 'ESTABLISHED']);
    expect(trace.states.server).toEqual(['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED']);
    expect(trace.steps.map((s) => s.rule)).toEqual(['open-passive', 'open-active', 'listen-syn', 'syn-sent-syn-ack', 'syn-received-ack']);
    // listen(), connect(), and one arrival per segment: five steps, five calls into the engine.
    expect(calls.count).toBe(trace.steps.length);
  });

  it('reports whatever state the engine returns, not one of its own', () => {
    calls.bend = (ep) => (ep.state === 'ESTABLISHED' ? { ...ep, state: 'CLOSING' } : ep);
    const trace = inferFromCapture({ name: 'capture:test#0', segments: HANDSHAKE });
    expect(trace.states.client).toEqual(['CLOSED', 'SYN-SENT', 'CLOSING']);
    expect(trace.states.server.at(-1)).toBe('CLOSING');
  });

  it('marks a retransmission, a network duplicate, a gap and an out-of-order segment from the sequence numbers', () => {
    const data = [
      ...HANDSHAKE,
      seen('client', 20, ['PSH', 'ACK'], 101, 501, 10),
      seen('client', 20.5, ['PSH', 'ACK'], 101, 501, 10), // the same within 3 ms: a copy
      seen('client', 30, ['PSH', 'ACK'], 121, 501, 10), // 111–120 never seen: a gap before it
      seen('client', 31, ['PSH', 'ACK'], 111, 501, 10), // fills the gap: out of order
      seen('client', 300, ['PSH', 'ACK'], 101, 501, 10), // the first again, much later
    ].map((o, i) => ({ ...o, frame: i + 1 }));
    const trace = inferFromCapture({ name: 'capture:test#0', segments: data });
    expect(trace.inference?.segments.slice(3).map((s) => s.marks)).toEqual([
      [],
      ['duplicate'],
      ['after-gap'],
      ['out-of-order'],
      ['retransmission'],
    ]);
    expect(trace.segments[4]?.duplicateOf).toBe(4);
    // The sender's engine resends from its retransmission queue (§3.10.8): a timer step, state kept.
    const resend = trace.steps.find((s) => s.emitted.includes(8));
    expect(resend?.input).toEqual({ kind: 'timer', timer: 'retransmit' });
    // The bytes missing before segment 6 are said, on its arrival.
    const arrival = trace.steps.find((s) => s.input.kind === 'segment' && s.input.segmentId === 6);
    expect(trace.inference?.stepNotes[arrival!.index]?.map((n) => n.key)).toContain('missingBefore');
  });
});
