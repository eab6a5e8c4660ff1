/**
 * A trace as a classic pcap file (Ethernet, IPv4 or IPv6, TCP), as `tcpdump -w` on one host would
 * have written it: Wireshark and tshark open it and show the same flags, seq and ack as the app.
 *
 * Formats: pcap (https://www.tcpdump.org/manpages/pcap-savefile.5.html), link type 1 (Ethernet);
 * IPv4 header and checksum: RFC 791; IPv6: RFC 8200; TCP header, options and checksum with its
 * pseudo-header: RFC 9293 §3.1. Addresses come from the documentation ranges (RFC 5737, RFC 3849)
 * so an exported file can never be mistaken for traffic to a real host.
 */
import type { Side, Trace, TraceSegment } from '../engine';
import { segmentsSeenAt, type SeenSegment } from './seenAt';

export interface PcapOptions {
  /** The host whose interface the capture is taken on (see seenAt.ts). */
  readonly side: Side;
  readonly ipVersion: 4 | 6;
}

export const DEFAULT_PCAP_OPTIONS: PcapOptions = { side: 'client', ipVersion: 4 };

/** Addresses of the two hosts: documentation prefixes, never a real host. */
export const HOST_ADDRESSES = {
  4: { client: '192.0.2.1', server: '198.51.100.2' },
  6: { client: '2001:db8::1', server: '2001:db8::2' },
} as const;

/** Where a forged IPv4 source lands under IPv6: its 32 bits at the end of this documentation prefix. */
const FORGED_V6_PREFIX = '2001:db8:ffff::';

/** Trace time 0 in the file: 2025-01-01T00:00:00Z, fixed so that an export is reproducible. */
export const CAPTURE_EPOCH_SECONDS = 1_735_689_600;

const LINKTYPE_ETHERNET = 1;
const SNAPLEN = 262_144;
const ETHERTYPE = { 4: 0x0800, 6: 0x86dd } as const;
const IPPROTO_TCP = 6;
/** Locally administered MACs; a forged or spoofed address sits behind the router. */
const MAC = { client: [2, 0, 0, 0, 0, 1], server: [2, 0, 0, 0, 0, 2], router: [2, 0, 0, 0, 0, 0xfe] } as const;
const FLAG_BITS: Record<string, number> = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20, ECE: 0x40, CWR: 0x80 };

/** A growable big-endian byte writer (pcap records are written little-endian, see `le32`). */
class ByteWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  private reserve(n: number) {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  u8(v: number) {
    this.reserve(1);
    this.bytes[this.length++] = v & 0xff;
    return this;
  }
  u16(v: number) {
    return this.u8(v >>> 8).u8(v);
  }
  u32(v: number) {
    return this.u16(v >>> 16).u16(v);
  }
  le32(v: number) {
    return this.u8(v)
      .u8(v >>> 8)
      .u8(v >>> 16)
      .u8(v >>> 24);
  }
  le16(v: number) {
    return this.u8(v).u8(v >>> 8);
  }
  raw(data: ArrayLike<number>) {
    this.reserve(data.length);
    for (let i = 0; i < data.length; i += 1) this.bytes[this.length++] = data[i]! & 0xff;
    return this;
  }
  zeros(n: number) {
    this.reserve(n);
    this.bytes.fill(0, this.length, this.length + n);
    this.length += n;
    return this;
  }
  done(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** The Internet checksum (RFC 1071): ones' complement of the ones' complement sum of 16-bit words. */
export function internetChecksum(...parts: readonly Uint8Array[]): number {
  let sum = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 2) sum += (part[i]! << 8) | (part[i + 1] ?? 0);
  }
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

function ipv4Bytes(address: string): number[] {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) {
    throw new Error(`not an IPv4 address: ${address}`);
  }
  return parts;
}

function ipv6Bytes(address: string): number[] {
  const [head = '', tail = ''] = address.split('::');
  const groups = (text: string) => (text === '' ? [] : text.split(':').map((g) => parseInt(g, 16)));
  const front = groups(head);
  const back = groups(tail);
  const words = [...front, ...Array.from({ length: 8 - front.length - back.length }, () => 0), ...back];
  return words.flatMap((w) => [w >>> 8, w & 0xff]);
}

/**
 * A host's address in the chosen IP version. Third-party addresses in a trace (a flooder's forged
 * sources) are IPv4; under IPv6 they keep their last 32 bits inside the documentation prefix.
 */
function addressBytes(segment: TraceSegment, end: 'src' | 'dst', ipVersion: 4 | 6): number[] {
  const side = end === 'src' ? segment.from : segment.to;
  const foreign = end === 'src' ? segment.srcAddr : segment.dstAddr;
  if (foreign === undefined) {
    const own = HOST_ADDRESSES[ipVersion][side];
    return ipVersion === 4 ? ipv4Bytes(own) : ipv6Bytes(own);
  }
  const v4 = ipv4Bytes(foreign);
  return ipVersion === 4 ? v4 : [...ipv6Bytes(FORGED_V6_PREFIX).slice(0, 12), ...v4];
}

/** SYN options in the order Linux writes them: MSS, SACK permitted, then window scale behind a NOP. */
function tcpOptionBytes(segment: TraceSegment): number[] {
  const o = segment.options;
  if (!o) return [];
  const bytes: number[] = [];
  if (o.mss !== undefined) bytes.push(2, 4, o.mss >>> 8, o.mss & 0xff);
  if (o.sackPermitted) bytes.push(4, 2);
  if (o.windowScale !== undefined) bytes.push(1, 3, 3, o.windowScale);
  while (bytes.length % 4 !== 0) bytes.push(0); // end of option list, padding (RFC 9293 §3.1)
  return bytes;
}

function tcpHeader(segment: TraceSegment): Uint8Array {
  const options = tcpOptionBytes(segment);
  const flags = segment.flags.reduce((bits, flag) => bits | (FLAG_BITS[flag] ?? 0), 0);
  const w = new ByteWriter()
    .u16(segment.srcPort)
    .u16(segment.dstPort)
    .u32(segment.seq)
    .u32(segment.ack ?? 0)
    .u8(((5 + options.length / 4) << 4) & 0xf0)
    .u8(flags)
    // The window field is 16 bits; a scaled window is already stored shifted (RFC 7323 §2.3).
    .u16(Math.min(segment.window, 0xffff))
    .u16(0) // checksum, filled in below
    .u16(0) // urgent pointer
    .raw(options);
  return w.done();
}

/** The pseudo-header the TCP checksum covers (RFC 9293 §3.1 for IPv4, RFC 8200 §8.1 for IPv6). */
function pseudoHeader(src: number[], dst: number[], tcpLength: number, ipVersion: 4 | 6): Uint8Array {
  const w = new ByteWriter().raw(src).raw(dst);
  if (ipVersion === 4) w.u8(0).u8(IPPROTO_TCP).u16(tcpLength);
  else w.u32(tcpLength).zeros(3).u8(IPPROTO_TCP);
  return w.done();
}

function tcpSegmentBytes(segment: TraceSegment, src: number[], dst: number[], ipVersion: 4 | 6): Uint8Array {
  const header = tcpHeader(segment);
  // The payload's bytes are not part of the trace: zeros stand in for them.
  const payload = new Uint8Array(segment.len);
  const checksum = internetChecksum(pseudoHeader(src, dst, header.length + payload.length, ipVersion), header, payload);
  header[16] = checksum >>> 8;
  header[17] = checksum & 0xff;
  return new ByteWriter().raw(header).raw(payload).done();
}

function ipPacket(segment: TraceSegment, ipVersion: 4 | 6, identification: number): Uint8Array {
  const src = addressBytes(segment, 'src', ipVersion);
  const dst = addressBytes(segment, 'dst', ipVersion);
  const tcp = tcpSegmentBytes(segment, src, dst, ipVersion);
  if (ipVersion === 6) {
    return new ByteWriter().u32(0x6000_0000).u16(tcp.length).u8(IPPROTO_TCP).u8(64).raw(src).raw(dst).raw(tcp).done();
  }
  const header = new ByteWriter()
    .u8(0x45) // version 4, header length 5 words
    .u8(0)
    .u16(20 + tcp.length)
    .u16(identification & 0xffff)
    .u16(0x4000) // don't fragment
    .u8(64) // time to live
    .u8(IPPROTO_TCP)
    .u16(0)
    .raw(src)
    .raw(dst)
    .done();
  const checksum = internetChecksum(header);
  header[10] = checksum >>> 8;
  header[11] = checksum & 0xff;
  return new ByteWriter().raw(header).raw(tcp).done();
}

function macOf(segment: TraceSegment, end: 'src' | 'dst'): readonly number[] {
  const foreign = end === 'src' ? segment.srcAddr : segment.dstAddr;
  if (foreign !== undefined) return MAC.router;
  return MAC[end === 'src' ? segment.from : segment.to];
}

function ethernetFrame(seen: SeenSegment, options: PcapOptions, identification: number): Uint8Array {
  const { segment } = seen;
  return new ByteWriter()
    .raw(macOf(segment, 'dst'))
    .raw(macOf(segment, 'src'))
    .u16(ETHERTYPE[options.ipVersion])
    .raw(ipPacket(segment, options.ipVersion, identification))
    .done();
}

/** The pcap global header: microsecond timestamps, little-endian (magic 0xa1b2c3d4 written LE). */
function fileHeader(w: ByteWriter) {
  w.le32(0xa1b2c3d4).le16(2).le16(4).le32(0).le32(0).le32(SNAPLEN).le32(LINKTYPE_ETHERNET);
}

function packetRecord(w: ByteWriter, tMs: number, frame: Uint8Array) {
  const micros = Math.round(tMs * 1000);
  w.le32(CAPTURE_EPOCH_SECONDS + Math.floor(micros / 1e6))
    .le32(micros % 1e6)
    .le32(frame.length)
    .le32(frame.length)
    .raw(frame);
}

/** The pcap bytes of what `options.side`'s interface sees of the trace. */
export function traceToPcap(trace: Trace, options: PcapOptions = DEFAULT_PCAP_OPTIONS): Uint8Array {
  const w = new ByteWriter();
  fileHeader(w);
  // Each host numbers its own IPv4 datagrams (RFC 791 identification), as a real stack does.
  const nextId = new Map<string, number>();
  for (const seen of segmentsSeenAt(trace, options.side)) {
    const host = seen.segment.srcAddr ?? seen.segment.from;
    const id = (nextId.get(host) ?? 0) + 1;
    nextId.set(host, id);
    packetRecord(w, seen.t, ethernetFrame(seen, options, id));
  }
  return w.done();
}
