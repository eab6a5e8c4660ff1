import { describe, expect, it } from 'vitest';
import { NEW_STREAM_GAP_US } from './connections';
import { readCapture } from './read';
import { TCP_FLAGS as F, ipv4, ipv6, pcap, tcp, type TcpSpec } from './testing/captureBuilder';

const C = { src: '10.0.0.1', dst: '10.0.0.2' };
const S = { src: '10.0.0.2', dst: '10.0.0.1' };

/** A packet from the client (port 40000 → 80) or the server, at a time in µs. */
interface Step {
  from: 'c' | 's';
  at?: number;
  tcp: TcpSpec;
  clientPort?: number;
}

function capture(steps: Step[]) {
  return readCapture(
    pcap(
      steps.map(({ from, at = 0, tcp: spec, clientPort = 40000 }) => {
        const ports = from === 'c' ? { srcPort: clientPort, dstPort: 80 } : { srcPort: 80, dstPort: clientPort };
        return { data: ipv4(tcp({ ...ports, ...spec }), from === 'c' ? C : S), sec: 1000 + Math.floor(at / 1e6), frac: at % 1e6 };
      }),
      { linkType: 101 },
    ),
  );
}

const handshake = (isn = 100, at = 0): Step[] => [
  { from: 'c', at, tcp: { flags: F.SYN, seq: isn } },
  { from: 's', at: at + 1, tcp: { flags: F.SYN | F.ACK, seq: 900, ack: isn + 1 } },
  { from: 'c', at: at + 2, tcp: { flags: F.ACK, seq: isn + 1, ack: 901 } },
];
const close = (isn = 100, at = 10): Step[] => [
  { from: 'c', at, tcp: { flags: F.FIN | F.ACK, seq: isn + 1, ack: 901 } },
  { from: 's', at: at + 1, tcp: { flags: F.FIN | F.ACK, seq: 901, ack: isn + 2 } },
  { from: 'c', at: at + 2, tcp: { flags: F.ACK, seq: isn + 2, ack: 902 } },
];
const streams = (steps: Step[]) => capture(steps).packets.map((p) => p.stream);

describe('connections numbered as tcp.stream', () => {
  it('a full connection is stream 0: client from its SYN, ended by FINs both ways', () => {
    const r = capture([...handshake(), ...close()]);
    expect(r.connections).toEqual([
      {
        stream: 0,
        client: { addr: '10.0.0.1', port: 40000 },
        server: { addr: '10.0.0.2', port: 80 },
        clientFromSyn: true,
        packets: 6,
        firstUs: 0,
        lastUs: 12,
        end: 'fin',
      },
    ]);
  });

  it('a new SYN on the same ports after both FINs were acknowledged starts stream 1', () => {
    expect(streams([...handshake(100), ...close(100), ...handshake(100, 20)])).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('a new SYN after a RST starts a new stream; the first ended by RST', () => {
    const r = capture([...handshake(100), { from: 's', at: 5, tcp: { flags: F.RST, seq: 901 } }, ...handshake(100, 20)]);
    expect(r.packets.map((p) => p.stream)).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(r.connections.map((c) => c.end)).toEqual(['rst', 'open']);
  });

  it('a retransmitted SYN (same ISN) stays in its stream', () => {
    expect(streams([{ from: 'c', tcp: { flags: F.SYN, seq: 100 } }, ...handshake(100, 1_000_000)])).toEqual([0, 0, 0, 0]);
  });

  it('a SYN with another ISN on an unfinished connection starts a new stream', () => {
    expect(streams([...handshake(100), ...handshake(7_000_000, 50)])).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it(`the same ISN after more than ${NEW_STREAM_GAP_US / 1e6} s of silence starts a new stream`, () => {
    expect(streams([...handshake(100), ...handshake(100, NEW_STREAM_GAP_US + 10)])).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('a FIN not yet acknowledged keeps a same-ISN SYN in the stream (it is a retransmission)', () => {
    const steps = [...handshake(100), ...close(100).slice(0, 2), { from: 'c', at: 30, tcp: { flags: F.SYN, seq: 100 } } as Step];
    expect(streams(steps)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('connections on other ports are numbered by their first packet, interleaved or not', () => {
    const other = (steps: Step[]) => steps.map((s) => ({ ...s, clientPort: 40001 }));
    const [a1, a2, a3] = handshake();
    const [b1, b2, b3] = other(handshake(300));
    expect(streams([a1!, b1!, b2!, a2!, a3!, b3!])).toEqual([0, 1, 1, 0, 0, 1]);
  });

  it('without the SYN, a SYN-ACK names its receiver the client; otherwise the first sender is a guess', () => {
    const fromSynAck = capture(handshake().slice(1));
    expect(fromSynAck.connections[0]).toMatchObject({ client: { addr: '10.0.0.1', port: 40000 }, clientFromSyn: true });
    const midStream = capture([{ from: 's', tcp: { flags: F.ACK | F.PSH, seq: 5, ack: 6, payload: 3 } }]);
    expect(midStream.connections[0]).toMatchObject({ client: { addr: '10.0.0.2', port: 80 }, clientFromSyn: false, end: 'open' });
  });

  it('a FIN with a payload and a SYN is counted where it ends in sequence space', () => {
    // Client sends SYN+FIN with 4 bytes (TFO-like): its FIN is acknowledged by ack = isn + 1 + 4 + 1.
    const steps: Step[] = [
      { from: 'c', tcp: { flags: F.SYN | F.FIN, seq: 100, payload: 4 } },
      { from: 's', tcp: { flags: F.SYN | F.ACK | F.FIN, seq: 900, ack: 106 } },
      { from: 'c', tcp: { flags: F.ACK, seq: 106, ack: 902 } },
      { from: 'c', at: 10, tcp: { flags: F.SYN, seq: 100 } },
    ];
    expect(streams(steps)).toEqual([0, 0, 0, 1]);
  });

  it('the key is both addresses and both ports: swapping which side has port 80 is another connection, in IPv4 and IPv6', () => {
    const syn = (data: Uint8Array) => ({ data, sec: 1000, frac: 0 });
    const v4 = (src: string, dst: string, srcPort: number, dstPort: number) =>
      syn(ipv4(tcp({ srcPort, dstPort, flags: F.SYN, seq: 1 }), { src, dst }));
    const v6 = (src: string, dst: string, srcPort: number, dstPort: number) =>
      syn(ipv6(tcp({ srcPort, dstPort, flags: F.SYN, seq: 1 }), { src, dst }));
    const r = readCapture(
      pcap(
        [
          v4('10.0.0.1', '10.0.0.2', 40000, 80),
          v4('10.0.0.1', '10.0.0.2', 80, 40000),
          v4('10.0.0.2', '10.0.0.1', 80, 40000),
          v6('2001:db8::1', '2001:db8::2', 40000, 80),
          v6('2001:db8::2', '2001:db8::1', 80, 40000),
          v4('10.0.0.2', '10.0.0.1', 40000, 80),
        ],
        { linkType: 101 },
      ),
    );
    expect(r.packets.map((p) => p.stream)).toEqual([0, 1, 0, 2, 2, 1]);
  });

  it('a socket connected to itself (same address and port both ways) is one stream, and a RST ends it', () => {
    const self = (flags: number, seq: number, at: number) => ({
      data: ipv4(tcp({ srcPort: 5000, dstPort: 5000, flags, seq, ack: seq }), { src: '10.0.0.1', dst: '10.0.0.1' }),
      sec: 1000,
      frac: at,
    });
    const r = readCapture(
      pcap(
        [
          self(F.SYN, 100, 0),
          self(F.SYN, 100, 1),
          self(F.SYN | F.ACK, 100, 2),
          self(F.ACK, 101, 3),
          self(F.RST, 101, 4),
          self(F.SYN, 500, 5),
        ],
        { linkType: 101 },
      ),
    );
    expect(r.packets.map((p) => p.stream)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(r.connections.map((c) => c.end)).toEqual(['rst', 'open']);
  });
});
