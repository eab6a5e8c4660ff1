/**
 * States inferred from each real capture in the fixtures (copies of the shared external set, and
 * Linux loopback captures), per side, written as RFC 9293 transitions: "state + input → state".
 * The expectations were read off the captures by hand (flags, seq and ack in tshark's columns);
 * the inference must reach them through the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCapture } from '../../capture';
import type { Side, Trace } from '../../engine';
import { captureTrace } from './captureTrace';

const FIXTURES = join(__dirname, '../../capture/fixtures');

function traceOf(file: string, stream = 0): Trace {
  const result = readCapture(readFileSync(join(FIXTURES, file)));
  const connection = result.connections[stream];
  if (!connection) throw new Error(`${file} has no stream ${stream}`);
  return captureTrace(result, connection, file);
}

/** Each state change of one side as "FROM + input → TO", the way the RFC's tables read. */
function transitions(trace: Trace, side: Side): string[] {
  return trace.steps
    .filter((s) => s.side === side && s.from !== s.to)
    .map((s) => {
      const input = s.input;
      const what =
        input.kind === 'segment'
          ? trace.segments[input.segmentId - 1]!.flags.join(',')
          : input.kind === 'call'
            ? `${input.call}()`
            : input.kind === 'timer'
              ? `timer ${input.timer}`
              : 'captured send';
      return `${side} ${s.from} + ${what} → ${s.to}`;
    });
}

const OPEN_CLIENT = ['client CLOSED + connect() → SYN-SENT', 'client SYN-SENT + SYN,ACK → ESTABLISHED'];
const OPEN_SERVER = ['server CLOSED + listen() → LISTEN', 'server LISTEN + SYN → SYN-RECEIVED', 'server SYN-RECEIVED + ACK → ESTABLISHED'];

describe('states inferred from real captures', () => {
  it('tcp-handshake-nano: a handshake only; both sides end ESTABLISHED', () => {
    const trace = traceOf('tcp-handshake-nano.pcap');
    expect(transitions(trace, 'client')).toEqual(OPEN_CLIENT);
    expect(transitions(trace, 'server')).toEqual(OPEN_SERVER);
    expect(trace.inference?.notes).toEqual([]);
    // The SYN → SYN,ACK gap is the server's round trip: the capture was taken at the client.
    expect(trace.inference?.captureDelayMs?.server).toBeGreaterThan(50);
    expect(trace.inference?.captureDelayMs?.client).toBeLessThan(1);
  });

  it('accecn_handshake: AE/CWR/ECE bits do not change the handshake', () => {
    const trace = traceOf('accecn_handshake.pcap');
    expect(transitions(trace, 'client')).toEqual(['client CLOSED + connect() → SYN-SENT', 'client SYN-SENT + SYN,ACK,CWR → ESTABLISHED']);
    expect(transitions(trace, 'server')).toEqual([
      'server CLOSED + listen() → LISTEN',
      'server LISTEN + SYN,ECE,CWR → SYN-RECEIVED',
      'server SYN-RECEIVED + ACK,CWR → ESTABLISHED',
    ]);
  });

  it('dns_tcp: client closes first; server FIN carries PSH', () => {
    const trace = traceOf('dns_tcp.pcap');
    expect(transitions(trace, 'client')).toEqual([
      ...OPEN_CLIENT,
      'client ESTABLISHED + close() → FIN-WAIT-1',
      'client FIN-WAIT-1 + ACK → FIN-WAIT-2',
      'client FIN-WAIT-2 + FIN,PSH,ACK → TIME-WAIT',
    ]);
    expect(transitions(trace, 'server')).toEqual([
      ...OPEN_SERVER,
      'server ESTABLISHED + FIN,ACK → CLOSE-WAIT',
      'server CLOSE-WAIT + close() → LAST-ACK',
      'server LAST-ACK + ACK → CLOSED',
    ]);
  });

  it('whois: the server closes first (4-segment close)', () => {
    const trace = traceOf('whois.pcap');
    expect(transitions(trace, 'server')).toEqual([
      ...OPEN_SERVER,
      'server ESTABLISHED + close() → FIN-WAIT-1',
      'server FIN-WAIT-1 + ACK → FIN-WAIT-2',
      'server FIN-WAIT-2 + FIN,ACK → TIME-WAIT',
    ]);
    expect(transitions(trace, 'client')).toEqual([
      ...OPEN_CLIENT,
      'client ESTABLISHED + FIN,ACK → CLOSE-WAIT',
      'client CLOSE-WAIT + close() → LAST-ACK',
      'client LAST-ACK + ACK → CLOSED',
    ]);
  });

  it('print-flags: 3-segment close, FIN-WAIT-1 + FIN acking ours → TIME-WAIT', () => {
    const trace = traceOf('print-flags.pcap');
    expect(transitions(trace, 'client')).toEqual([
      ...OPEN_CLIENT,
      'client ESTABLISHED + close() → FIN-WAIT-1',
      'client FIN-WAIT-1 + FIN,ACK → TIME-WAIT',
    ]);
    expect(trace.states.server).toEqual(['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED', 'CLOSE-WAIT', 'LAST-ACK', 'CLOSED']);
  });

  it('mptcp-fclose: ended by the server’s RST,ACK (abort), the client ESTABLISHED + RST → CLOSED', () => {
    const trace = traceOf('mptcp-fclose.pcap');
    expect(transitions(trace, 'server').slice(-1)).toEqual(['server ESTABLISHED + abort() → CLOSED']);
    expect(transitions(trace, 'client')).toEqual([...OPEN_CLIENT, 'client ESTABLISHED + RST,ACK → CLOSED']);
    // The client's last ACK reached a server that had already reset: the engine would answer
    // it with a RST the capture does not show, and the step says so instead of hiding it.
    const unseen = trace.inference?.stepNotes.flat().filter((n) => n.key === 'engineReplyUnseen') ?? [];
    expect(unseen.map((n) => n.side)).toEqual(['server']);
  });

  it('tfo: two handshakes seen before and after a NAT, then a SYN with data the engine does not send', () => {
    for (const stream of [0, 1]) {
      const trace = traceOf('tfo-5c1fa7f9ae91.pcap', stream);
      expect(trace.states.client).toEqual(['CLOSED', 'SYN-SENT', 'ESTABLISHED', 'FIN-WAIT-1', 'TIME-WAIT']);
      expect(trace.states.server).toEqual(['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED', 'CLOSE-WAIT', 'LAST-ACK', 'CLOSED']);
    }
    const fastOpen = traceOf('tfo-5c1fa7f9ae91.pcap', 2);
    // No SYN,ACK was captured: the server was never seen listening, so it is not assumed to.
    expect(fastOpen.states.server).toEqual(['CLOSED']);
    expect(fastOpen.inference?.notes.map((n) => n.key)).toEqual(['capturePointUnknown']);
    // §3.10.2 queues data sent before ESTABLISHED: the engine's SYN has no data, the captured one has 4 bytes.
    expect(fastOpen.inference?.stepNotes.flat().map((n) => n.key)).toContain('engineDiffers');
  });

  it('tcp_rst_data: a lone RST mid-connection; both sides assumed ESTABLISHED, said so', () => {
    const trace = traceOf('tcp_rst_data.pcap');
    expect(trace.inference?.notes.map((n) => n.key)).toEqual(['capturePointUnknown', 'midConnection']);
    expect(transitions(trace, 'client')).toEqual(['client ESTABLISHED + abort() → CLOSED']);
    expect(transitions(trace, 'server')).toEqual(['server ESTABLISHED + RST,ACK → CLOSED']);
  });

  it('tcp_eight_lowest_weight_flags_set: every flag at once; RST is checked first (§3.10.7.4 second)', () => {
    const trace = traceOf('tcp_eight_lowest_weight_flags_set.pcap');
    expect(trace.states.client).toEqual(['ESTABLISHED', 'CLOSED']);
    expect(trace.states.server).toEqual(['ESTABLISHED', 'CLOSED']);
  });

  it('linux loopback: six connections, the same states in the pcapng and the SLL2 pcap', () => {
    const expected: Record<number, Record<Side, string>> = {
      0: {
        client: 'CLOSED SYN-SENT ESTABLISHED FIN-WAIT-1 TIME-WAIT',
        server: 'CLOSED LISTEN SYN-RECEIVED ESTABLISHED CLOSE-WAIT LAST-ACK CLOSED',
      },
      1: {
        client: 'CLOSED SYN-SENT ESTABLISHED FIN-WAIT-1 FIN-WAIT-2 TIME-WAIT',
        server: 'CLOSED LISTEN SYN-RECEIVED ESTABLISHED CLOSE-WAIT LAST-ACK CLOSED',
      },
      2: { client: 'CLOSED SYN-SENT ESTABLISHED CLOSED', server: 'CLOSED LISTEN SYN-RECEIVED ESTABLISHED CLOSED' },
      3: {
        client: 'CLOSED SYN-SENT ESTABLISHED FIN-WAIT-1 FIN-WAIT-2 TIME-WAIT',
        server: 'CLOSED LISTEN SYN-RECEIVED ESTABLISHED CLOSE-WAIT LAST-ACK CLOSED',
      },
      4: {
        client: 'CLOSED SYN-SENT ESTABLISHED FIN-WAIT-1 TIME-WAIT',
        server: 'CLOSED LISTEN SYN-RECEIVED ESTABLISHED CLOSE-WAIT LAST-ACK CLOSED',
      },
      5: {
        client: 'CLOSED SYN-SENT ESTABLISHED FIN-WAIT-1 TIME-WAIT',
        server: 'CLOSED LISTEN SYN-RECEIVED ESTABLISHED CLOSE-WAIT LAST-ACK CLOSED',
      },
    };
    for (const file of ['local/linux-loopback.pcapng', 'local/linux-any-sll2-snap80.pcap']) {
      for (const [stream, states] of Object.entries(expected)) {
        const trace = traceOf(file, Number(stream));
        expect({ file, stream, client: trace.states.client.join(' '), server: trace.states.server.join(' ') }).toEqual({
          file,
          stream,
          ...states,
        });
      }
    }
  });

  it('every segment of a capture is drawn once, sent before it arrives, with its frame number', () => {
    const trace = traceOf('whois.pcap');
    trace.segments.forEach((s, i) => {
      expect(s.sentStep).toBeGreaterThanOrEqual(0);
      expect(s.arrivalStep).not.toBeNull();
      expect(s.arrivesAt).toBeGreaterThanOrEqual(s.sentAt);
      expect(trace.inference?.segments[i]?.frame).toBe(i + 1);
    });
    const times = trace.steps.map((s) => s.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
