/**
 * Captures made with the test builder and checked by tshark like the real ones (their expected
 * fields are in fixtures/built/*.tshark.tsv, written by scripts/capture-oracle.sh). They cover
 * what tcpdump's files do not: pcapng with several interfaces and sections in both byte orders,
 * SLL2, stacked VLAN tags, raw IPv6 with extension headers, loopback, and the port reuse cases of
 * the tcp.stream rule. Regenerate with: npx tsx src/capture/testing/builtFixtures.ts
 */
import { ETHERTYPE, TCP_FLAGS as F, ethernet, ipv4, ipv6, loopback, opt, pcap, pcapng, sll2, tcp, type TcpSpec } from './captureBuilder';

const client = (spec: TcpSpec, port = 40000) => ipv4(tcp({ srcPort: port, dstPort: 80, ...spec }), { src: '10.0.0.1', dst: '10.0.0.2' });
const server = (spec: TcpSpec, port = 40000) => ipv4(tcp({ srcPort: 80, dstPort: port, ...spec }), { src: '10.0.0.2', dst: '10.0.0.1' });

/** One connection's life on port 40000: handshake, 10 bytes, close both ways. */
function life(isn: number): Uint8Array[] {
  return [
    client({ flags: F.SYN, seq: isn, options: [...opt.mss(1460), ...opt.sackPerm(), ...opt.ts(1, 0), ...opt.nop(), ...opt.ws(7)] }),
    server({ flags: F.SYN | F.ACK, seq: 9000, ack: isn + 1, options: opt.mss(1400) }),
    client({ flags: F.ACK, seq: isn + 1, ack: 9001 }),
    client({ flags: F.ACK | F.PSH, seq: isn + 1, ack: 9001, payload: 10 }),
    server({ flags: F.ACK, seq: 9001, ack: isn + 11, options: [...opt.nop(), ...opt.nop(), ...opt.sack([isn + 20, isn + 30])] }),
    client({ flags: F.FIN | F.ACK, seq: isn + 11, ack: 9001 }),
    server({ flags: F.FIN | F.ACK, seq: 9001, ack: isn + 12 }),
    client({ flags: F.ACK, seq: isn + 12, ack: 9002 }),
  ];
}

/** Port reuse: after a full close, after a RST, a retransmitted SYN, and a SYN with a new ISN. */
export function portReuse(): Uint8Array {
  const packets = [
    ...life(1000),
    ...life(50_000), // new SYN after both FINs were acknowledged → new stream
    client({ flags: F.RST | F.ACK, seq: 50_012, ack: 9002 }),
    client({ flags: F.SYN, seq: 90_000 }), // after RST → new stream
    client({ flags: F.SYN, seq: 90_000 }), // retransmission → same stream
    server({ flags: F.SYN | F.ACK, seq: 7000, ack: 90_001 }),
    client({ flags: F.SYN, seq: 120_000 }, 40001), // another port, interleaved → its own stream
    client({ flags: F.ACK, seq: 90_001, ack: 7001 }),
  ];
  return pcap(packets.map((data, i) => ({ data: ethernet(data, ETHERTYPE.IPV4), sec: 1_700_000_000, frac: i * 1000 })));
}

/** Two sections (little- then big-endian), four interfaces, four link types, ns and µs clocks. */
export function multiInterface(): Uint8Array {
  const extensions = [
    { type: 0, length: 8 },
    { type: 60, length: 16 },
    { type: 43, length: 24 },
  ];
  const v6 = (spec: TcpSpec, fromClient = true) =>
    ipv6(
      tcp(fromClient ? { srcPort: 5555, dstPort: 443, ...spec } : { srcPort: 443, dstPort: 5555, ...spec }),
      fromClient ? { src: '2001:db8::10', dst: '2001:db8::20', extensions } : { src: '2001:db8::20', dst: '2001:db8::10', extensions },
    );
  return pcapng([
    {
      le: true,
      interfaces: [{ linkType: 1 }, { linkType: 276, tsresol: 9 }],
      blocks: [
        {
          type: 'epb',
          iface: 0,
          data: ethernet(client({ flags: F.SYN, seq: 1 }), ETHERTYPE.IPV4, [ETHERTYPE.QINQ, ETHERTYPE.VLAN]),
          ts: 1_700_000_000_000_000n,
        },
        { type: 'other', code: 0x0bad0bad, body: [1, 2, 3, 4] },
        {
          type: 'epb',
          iface: 1,
          data: sll2(server({ flags: F.SYN | F.ACK, seq: 500, ack: 2 }), ETHERTYPE.IPV4),
          ts: 1_700_000_000_000_100_000n,
        },
        {
          type: 'epb',
          iface: 0,
          data: ethernet(client({ flags: F.ACK, seq: 2, ack: 501 }), ETHERTYPE.IPV4, [ETHERTYPE.VLAN]),
          ts: 1_700_000_000_000_200n,
        },
      ],
    },
    {
      le: false,
      interfaces: [{ linkType: 101 }, { linkType: 0 }],
      blocks: [
        { type: 'epb', iface: 0, data: v6({ flags: F.SYN, seq: 77, options: opt.mss(1440) }), ts: 1_700_000_001_000_000n },
        {
          type: 'epb',
          iface: 1,
          data: loopback(v6({ flags: F.SYN | F.ACK, seq: 88, ack: 78 }, false), 30, false),
          ts: 1_700_000_001_000_500n,
        },
        { type: 'epb', iface: 0, data: v6({ flags: F.ACK | F.ECE | F.CWR, seq: 78, ack: 89 }), ts: 1_700_000_001_001_000n },
      ],
    },
  ]);
}

export const BUILT_FIXTURES: Readonly<Record<string, () => Uint8Array>> = {
  'port-reuse.pcap': portReuse,
  'multi-interface.pcapng': multiInterface,
};
