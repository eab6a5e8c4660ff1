import { describe, expect, it } from 'vitest';
import { iterateCapture, PROGRESS_EVERY, readCapture, type CaptureSummary } from './read';
import { ETHERTYPE, TCP_FLAGS as F, ethernet, ipv4, ipv6, loopback, opt, pcap, pcapng, sll, sll2, tcp } from './testing/captureBuilder';
import type { CaptureResult } from './read';

const syn = tcp({ flags: F.SYN, seq: 1000, options: [...opt.mss(1460), ...opt.sackPerm(), ...opt.ts(7, 0), ...opt.nop(), ...opt.ws(7)] });
const synAck = tcp({ srcPort: 80, dstPort: 40000, flags: F.SYN | F.ACK, seq: 5000, ack: 1001 });
const ackData = tcp({ flags: F.ACK | F.PSH, seq: 1001, ack: 5001, payload: 10 });

const keys = (r: CaptureResult) => r.warnings.map((w) => w.key);
const summary = (r: CaptureResult) => r.packets.map((p) => `${p.flags.join('+')} ${p.seq} ${p.ack ?? '-'} ${p.len}`);

describe('pcap container', () => {
  it.each([
    ['little-endian µs', true, false],
    ['big-endian µs', false, false],
    ['little-endian ns', true, true],
    ['big-endian ns', false, true],
  ])('%s: same segments, times relative to the first packet', (_name, le, nano) => {
    const unit = nano ? 1000 : 1;
    const file = pcap(
      [
        { data: ethernet(ipv4(syn), ETHERTYPE.IPV4), sec: 100, frac: 999_000 * unit },
        {
          data: ethernet(ipv4(synAck, { src: '10.0.0.2', dst: '10.0.0.1' }), ETHERTYPE.IPV4),
          sec: 101,
          frac: 1500 * unit + (nano ? 7 : 0),
        },
      ],
      { le, nano },
    );
    const r = readCapture(file);
    expect(r.ok).toBe(true);
    expect(r.format).toBe('pcap');
    expect(summary(r)).toEqual(['SYN 1000 - 0', 'ACK+SYN 5000 1001 0']);
    expect(r.packets[1]!.timeUs).toBeCloseTo(2500 + (nano ? 0.007 : 0), 6);
    expect(r.start).toEqual({ epochSec: 100, epochNs: 999_000_000 });
  });

  it('a snaplen-cut segment keeps its wire length and is marked truncated, with one summary warning', () => {
    const full = ethernet(ipv4(ackData), ETHERTYPE.IPV4);
    const r = readCapture(pcap([{ data: full.subarray(0, full.length - 4), origLen: full.length }], { snaplen: full.length - 4 }));
    expect(r.packets[0]).toMatchObject({ len: 10, capturedLen: 6, truncated: true });
    expect(keys(r)).toEqual(['capture.warning.packetsTruncated']);
    expect(r.warnings[0]!.params).toEqual({ count: 1 });
  });

  it('Ethernet padding after a short IP packet is not payload', () => {
    const padded = new Uint8Array([...ethernet(ipv4(tcp({ flags: F.ACK, ack: 1 })), ETHERTYPE.IPV4), 0, 0, 0, 0, 0, 0]);
    const r = readCapture(pcap([{ data: padded }]));
    expect(r.packets[0]).toMatchObject({ len: 0, capturedLen: 0, truncated: false });
  });
});

describe('link layers', () => {
  const segment = ipv4(syn);
  it.each([
    ['Ethernet', 1, ethernet(segment, ETHERTYPE.IPV4)],
    ['Ethernet + 802.1Q', 1, ethernet(segment, ETHERTYPE.IPV4, [ETHERTYPE.VLAN])],
    ['Ethernet + 802.1ad + 802.1Q (QinQ)', 1, ethernet(segment, ETHERTYPE.IPV4, [ETHERTYPE.QINQ, ETHERTYPE.VLAN])],
    ['Linux cooked SLL', 113, sll(segment, ETHERTYPE.IPV4)],
    ['Linux cooked SLL2', 276, sll2(segment, ETHERTYPE.IPV4)],
    ['raw IP (101)', 101, segment],
    ['raw IP (12)', 12, segment],
    ['raw IP (14)', 14, segment],
    ['BSD NULL, host order little-endian', 0, loopback(segment, 2, true)],
    ['BSD NULL, big-endian', 0, loopback(segment, 2, false)],
    ['OpenBSD LOOP, network order', 108, loopback(segment, 2, false)],
    ['BSD NULL, IPv6 family 30', 0, loopback(ipv6(syn), 30, true)],
  ])('%s decodes to the SYN', (_name, linkType, data) => {
    const r = readCapture(pcap([{ data }], { linkType }));
    expect(summary(r)).toEqual(['SYN 1000 - 0']);
  });

  it('ARP and other non-IP frames are skipped and counted, not errors', () => {
    const arp = ethernet(new Uint8Array(28), ETHERTYPE.ARP);
    const r = readCapture(pcap([{ data: arp }, { data: ethernet(ipv4(syn), ETHERTYPE.IPV4) }, { data: arp }]));
    expect(r.ok).toBe(true);
    expect(r.skipped.nonIp).toBe(2);
    expect(r.packets[0]!.frame).toBe(2);
  });

  it('UDP is counted as non-TCP', () => {
    const r = readCapture(pcap([{ data: ethernet(ipv4(new Uint8Array(8), { protocol: 17 }), ETHERTYPE.IPV4) }]));
    expect(r.error?.key).toBe('capture.error.noTcp');
    expect(r.skipped.nonTcp).toBe(1);
  });

  it('an unknown link type is reported once and its frames counted', () => {
    const r = readCapture(pcap([{ data: syn }, { data: syn }], { linkType: 147 }));
    expect(keys(r)).toEqual(['capture.warning.unsupportedLink']);
    expect(r.skipped.unsupportedLink).toBe(2);
    expect(r.error?.key).toBe('capture.error.noTcp');
  });
});

describe('IP', () => {
  it('IPv6 extension headers (hop-by-hop, routing, destination options, AH, first fragment) are walked to TCP', () => {
    const packet = ipv6(syn, {
      src: '2001:db8:0:0:1::1',
      dst: 'fe80::1',
      extensions: [
        { type: 0, length: 8 },
        { type: 43, length: 24 },
        { type: 60, length: 16 },
        { type: 51, length: 24 },
        { type: 44, length: 8, moreFragments: false },
      ],
    });
    const r = readCapture(pcap([{ data: ethernet(packet, ETHERTYPE.IPV6) }]));
    expect(r.packets[0]).toMatchObject({ ipVersion: 6, src: '2001:db8::1:0:0:1', dst: 'fe80::1', seq: 1000, truncated: false });
  });

  it('RFC 5952 addresses: the longest zero run is compressed, a lone zero group is not', () => {
    const r = readCapture(pcap([{ data: ipv6(syn, { src: '2001:db8:0:1:0:0:0:1', dst: '2001:0:1:1:1:1:1:1' }) }], { linkType: 101 }));
    expect(r.packets[0]).toMatchObject({ src: '2001:db8:0:1::1', dst: '2001:0:1:1:1:1:1:1' });
  });

  it('non-first fragments (IPv4 and IPv6) are not decodable: skipped with a warning', () => {
    const r = readCapture(
      pcap(
        [
          { data: ipv4(syn, { fragmentOffset: 10 }) },
          { data: ipv6(syn, { extensions: [{ type: 44, length: 8, fragmentOffset: 3 }] }) },
          { data: ipv4(syn) },
        ],
        { linkType: 101 },
      ),
    );
    expect(r.skipped.fragments).toBe(2);
    expect(keys(r)).toEqual(['capture.warning.fragment', 'capture.warning.fragment']);
    expect(r.packets.map((p) => p.frame)).toEqual([3]);
  });

  it('a first fragment is decoded but marked truncated (its payload continues elsewhere)', () => {
    const r = readCapture(pcap([{ data: ipv4(syn, { moreFragments: true }) }], { linkType: 101 }));
    expect(r.packets[0]).toMatchObject({ seq: 1000, truncated: true });
  });

  it('an IPv4 header length under 20 skips the packet with its key', () => {
    const r = readCapture(pcap([{ data: ipv4(syn, { ihl: 4 }) }], { linkType: 101 }));
    expect(r.warnings[0]).toMatchObject({ key: 'capture.warning.ipv4HeaderTooShort', params: { frame: 1, length: 16 }, frame: 1 });
    expect(r.skipped.malformed).toBe(1);
  });

  it('an Ethertype that promises IP over a header whose version is neither 4 nor 6', () => {
    const notIp = ipv4(syn);
    notIp[0] = 0x55;
    const r = readCapture(pcap([{ data: ethernet(notIp, ETHERTYPE.IPV4) }]));
    expect(r.warnings[0]).toMatchObject({ key: 'capture.warning.ipVersionBad', params: { frame: 1, version: 5 } });
  });

  it('an IP total length shorter than its header skips the packet', () => {
    const r = readCapture(pcap([{ data: ipv4(syn, { totalLength: 12 }) }], { linkType: 101 }));
    expect(keys(r)[0]).toBe('capture.warning.ipTotalLengthBad');
  });

  it('IP total length 0 (segmentation offload) takes the frame length', () => {
    const r = readCapture(pcap([{ data: ipv4(ackData, { totalLength: 0 }) }], { linkType: 101 }));
    expect(r.packets[0]).toMatchObject({ len: 10, truncated: false });
  });
});

describe('TCP header and options', () => {
  it('all twelve flag bits, urgent pointer and window', () => {
    const r = readCapture(pcap([{ data: ipv4(tcp({ flags: 0x1ff, urgent: 7, window: 1234 })) }], { linkType: 101 }));
    expect(r.packets[0]).toMatchObject({
      flags: ['AE', 'CWR', 'ECE', 'URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN'],
      flagBits: 0x1ff,
      urgentPointer: 7,
      window: 1234,
    });
  });

  it('MSS, SACK-permitted, timestamps, NOP, window scale, SACK blocks, EOL, and unknown kinds kept as kind + length', () => {
    const handshake = [...opt.mss(1460), ...opt.sackPerm(), ...opt.ts(0xfffffffe, 3), ...opt.nop(), ...opt.ws(14)];
    const later = [
      ...opt.sack([1, 2], [0xffffff00, 0x10]),
      34,
      10,
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8, // TFO cookie
      30,
      4,
      0,
      0, // MPTCP
      0,
    ];
    const r = readCapture(
      pcap([{ data: ipv4(tcp({ flags: F.SYN, options: handshake })) }, { data: ipv4(tcp({ flags: F.ACK, options: later })) }], {
        linkType: 101,
      }),
    );
    expect(r.packets[0]!.options).toEqual([
      { kind: 2, name: 'MSS', mss: 1460 },
      { kind: 4, name: 'SACK_PERM' },
      { kind: 8, name: 'TS', tsval: 0xfffffffe, tsecr: 3 },
      { kind: 1, name: 'NOP' },
      { kind: 3, name: 'WS', shift: 14 },
    ]);
    expect(r.packets[1]!.options).toEqual([
      {
        kind: 5,
        name: 'SACK',
        blocks: [
          [1, 2],
          [0xffffff00, 0x10],
        ],
      },
      { kind: 34, name: 'unknown', length: 10 },
      { kind: 30, name: 'unknown', length: 4 },
      { kind: 0, name: 'EOL' },
    ]);
  });

  it('an option whose length runs past the header ends the list as unknown', () => {
    const r = readCapture(pcap([{ data: ipv4(tcp({ flags: F.SYN, options: [2, 40, 5, 180] })) }], { linkType: 101 }));
    expect(r.packets[0]!.options).toEqual([{ kind: 2, name: 'unknown', length: 40 }]);
  });

  it('a data offset under 5 skips the packet', () => {
    const r = readCapture(pcap([{ data: ipv4(tcp({ flags: F.ACK, dataOffset: 4 })) }], { linkType: 101 }));
    expect(r.warnings[0]).toMatchObject({ key: 'capture.warning.tcpDataOffsetTooSmall', params: { frame: 1, dataOffset: 4 } });
    expect(r.error?.key).toBe('capture.error.noTcp');
  });

  it('a data offset past the segment skips the packet', () => {
    const r = readCapture(pcap([{ data: ipv4(tcp({ flags: F.ACK, dataOffset: 15 })) }], { linkType: 101 }));
    expect(r.warnings[0]).toMatchObject({ key: 'capture.warning.tcpDataOffsetPastSegment', params: { dataOffset: 15, segment: 20 } });
  });

  it('a header cut before 20 bytes skips the packet; options cut by the snaplen keep it', () => {
    const whole = ipv4(syn);
    const r = readCapture(
      pcap(
        [
          { data: whole.subarray(0, 20 + 12), origLen: whole.length },
          { data: whole.subarray(0, 20 + 20 + 6 + 3), origLen: whole.length },
        ],
        { linkType: 101 },
      ),
    );
    expect(keys(r)).toEqual(['capture.warning.tcpHeaderCut', 'capture.warning.tcpOptionsCut', 'capture.warning.packetsTruncated']);
    expect(r.packets[0]).toMatchObject({ frame: 2, seq: 1000, truncated: true, options: [{ name: 'MSS' }, { name: 'SACK_PERM' }] });
  });
});

describe('pcapng container', () => {
  const v4 = (s: Uint8Array) => ethernet(ipv4(s), ETHERTYPE.IPV4);

  it.each([true, false])('little-endian %s: several interfaces with their own link types and resolutions', (le) => {
    const r = readCapture(
      pcapng([
        {
          le,
          interfaces: [{ linkType: 1 }, { linkType: 276, tsresol: 9 }, { linkType: 101, tsresol: 0x80 | 20 }],
          blocks: [
            { type: 'epb', iface: 0, data: v4(syn), ts: 1_700_000_000_000_000n },
            { type: 'other', code: 0x00000004, body: [1, 0, 4, 0, 10, 0, 0, 1, 0, 0, 0, 0] },
            { type: 'epb', iface: 1, data: sll2(ipv4(synAck), ETHERTYPE.IPV4), ts: 1_700_000_000_000_250_500n },
            { type: 'other', code: 0x0bad0bad, body: [9, 9, 9] },
            { type: 'epb', iface: 2, data: ipv4(ackData), ts: (1_700_000_001n << 20n) + (1n << 19n) },
          ],
        },
      ]),
    );
    expect(r.ok).toBe(true);
    expect(r.format).toBe('pcapng');
    expect(summary(r)).toEqual(['SYN 1000 - 0', 'ACK+SYN 5000 1001 0', 'ACK+PSH 1001 5001 10']);
    expect(r.packets.map((p) => p.interfaceId)).toEqual([0, 1, 2]);
    expect(r.packets[1]!.timeUs).toBeCloseTo(250.5, 6);
    expect(r.packets[2]!.timeUs).toBeCloseTo(1_500_000, 3);
  });

  it('several sections in different byte orders; interface numbers restart per section; SPB and OPB', () => {
    const r = readCapture(
      pcapng([
        { le: true, interfaces: [{ linkType: 1 }], blocks: [{ type: 'epb', iface: 0, data: v4(syn), ts: 5_000_000n }] },
        {
          le: false,
          interfaces: [{ linkType: 101 }],
          blocks: [
            { type: 'opb', iface: 0, data: ipv4(synAck), ts: 6_000_000n },
            { type: 'spb', data: ipv4(ackData) },
          ],
        },
      ]),
    );
    expect(summary(r)).toEqual(['SYN 1000 - 0', 'ACK+SYN 5000 1001 0', 'ACK+PSH 1001 5001 10']);
    // A simple packet block has no time of its own: it keeps the previous packet's.
    expect(r.packets.map((p) => p.timeUs)).toEqual([0, 1_000_000, 1_000_000]);
  });

  it.each([true, false])("if_tsoffset (little-endian %s) adds whole seconds to an interface's times", (le) => {
    const r = readCapture(
      pcapng([
        {
          le,
          interfaces: [{ linkType: 1 }, { linkType: 1, tsoffset: 1_700_000_000, tsresol: 3 }],
          blocks: [
            { type: 'epb', iface: 0, data: v4(syn), ts: 1_700_000_005_000_000n },
            { type: 'epb', iface: 1, data: v4(syn), ts: 7_250n },
          ],
        },
      ]),
    );
    expect(r.packets.map((p) => [p.epochSec, p.epochNs])).toEqual([
      [1_700_000_005, 0],
      [1_700_000_007, 250_000_000],
    ]);
    expect(r.packets[1]!.timeUs).toBe(2_250_000);
  });

  it('an interface snaplen of 0 means "no limit" in pcapng: no warning', () => {
    const r = readCapture(pcapng([{ interfaces: [{ linkType: 1, snaplen: 0 }], blocks: [{ type: 'epb', iface: 0, data: v4(syn) }] }]));
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('a packet on an interface the section never described is skipped with its key', () => {
    const r = readCapture(
      pcapng([
        {
          interfaces: [{ linkType: 1 }],
          blocks: [
            { type: 'epb', iface: 3, data: v4(syn) },
            { type: 'epb', iface: 0, data: v4(syn) },
          ],
        },
      ]),
    );
    expect(r.warnings[0]).toMatchObject({ key: 'capture.warning.unknownInterface', params: { frame: 1, interfaceId: 3 } });
    expect(r.packets.map((p) => p.frame)).toEqual([2]);
  });
});

describe('streaming', () => {
  const many = (n: number) =>
    pcap(
      Array.from({ length: n }, (_, i) => ({ data: ipv4(tcp({ flags: F.ACK, seq: i, ack: 1 })), sec: 1, frac: i })),
      { linkType: 101 },
    );

  it('is lazy: the first segment comes before the rest of the file is read', () => {
    const events = iterateCapture(many(3));
    const first = events.next();
    expect(first.value).toMatchObject({ type: 'segment', segment: { frame: 1, seq: 0 } });
  });

  it(`reports progress every ${PROGRESS_EVERY} frames by byte offset, then the summary`, () => {
    const file = many(PROGRESS_EVERY * 2 + 5);
    const progress: number[] = [];
    let summary: CaptureSummary | undefined;
    for (const event of iterateCapture(file)) {
      if (event.type === 'progress') progress.push(event.bytesRead);
      if (event.type === 'end') summary = event.summary;
    }
    const record = 16 + 40;
    expect(progress).toEqual([24 + PROGRESS_EVERY * record, 24 + 2 * PROGRESS_EVERY * record]);
    expect(summary).toMatchObject({
      frames: PROGRESS_EVERY * 2 + 5,
      segments: PROGRESS_EVERY * 2 + 5,
      bytesRead: file.length,
      bytesTotal: file.length,
    });
  });

  it('accepts an ArrayBuffer as a File gives it, and a view into a larger buffer', () => {
    const file = many(2);
    const padded = new Uint8Array(file.length + 10);
    padded.set(file, 7);
    expect(readCapture(file.slice().buffer).packets).toHaveLength(2);
    expect(readCapture(padded.subarray(7, 7 + file.length)).packets).toHaveLength(2);
  });
});
