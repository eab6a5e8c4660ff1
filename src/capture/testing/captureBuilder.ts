/**
 * Builds capture files byte by byte for tests: pcap and pcapng in either byte order, link
 * headers, IPv4/IPv6 (with extension headers) and TCP. Deliberately simple and independent of
 * the reader, so a test states the bytes it feeds in. Checksums are left zero (the reader ignores them).
 */

export const TCP_FLAGS = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20, ECE: 0x40, CWR: 0x80, AE: 0x100 } as const;

class Bytes {
  private readonly parts: number[] = [];
  constructor(private readonly le = false) {}
  u8(v: number) {
    this.parts.push(v & 0xff);
    return this;
  }
  u16(v: number) {
    const b = [(v >> 8) & 0xff, v & 0xff];
    this.parts.push(...(this.le ? b.reverse() : b));
    return this;
  }
  u32(v: number) {
    const b = [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
    this.parts.push(...(this.le ? b.reverse() : b));
    return this;
  }
  raw(bytes: ArrayLike<number>) {
    for (let i = 0; i < bytes.length; i += 1) this.parts.push(bytes[i]! & 0xff);
    return this;
  }
  pad4() {
    while (this.parts.length % 4 !== 0) this.parts.push(0);
    return this;
  }
  get length() {
    return this.parts.length;
  }
  done() {
    return Uint8Array.from(this.parts);
  }
}

export interface TcpSpec {
  srcPort?: number;
  dstPort?: number;
  seq?: number;
  ack?: number;
  flags: number;
  window?: number;
  urgent?: number;
  /** Raw option bytes (padded to 4 with EOL when needed). */
  options?: readonly number[];
  payload?: number;
  /** Overrides the data offset (in 32-bit words) the header announces. */
  dataOffset?: number;
}

export function tcp(spec: TcpSpec): Uint8Array {
  const options = [...(spec.options ?? [])];
  while (options.length % 4 !== 0) options.push(0);
  const offset = spec.dataOffset ?? 5 + options.length / 4;
  return new Bytes()
    .u16(spec.srcPort ?? 40000)
    .u16(spec.dstPort ?? 80)
    .u32(spec.seq ?? 0)
    .u32(spec.ack ?? 0)
    .u16((offset << 12) | (spec.flags & 0x1ff))
    .u16(spec.window ?? 65535)
    .u16(0)
    .u16(spec.urgent ?? 0)
    .raw(options)
    .raw(new Uint8Array(spec.payload ?? 0))
    .done();
}

export const opt = {
  mss: (v: number) => [2, 4, v >> 8, v & 0xff],
  ws: (shift: number) => [3, 3, shift],
  sackPerm: () => [4, 2],
  ts: (val: number, ecr: number) => [8, 10, ...new Bytes().u32(val).u32(ecr).done()],
  sack: (...blocks: [number, number][]) => [5, 2 + 8 * blocks.length, ...blocks.flatMap(([l, r]) => [...new Bytes().u32(l).u32(r).done()])],
  nop: () => [1],
};

const ipv4Bytes = (a: string) => a.split('.').map(Number);

export interface Ipv4Spec {
  src?: string;
  dst?: string;
  protocol?: number;
  ihl?: number;
  totalLength?: number;
  fragmentOffset?: number;
  moreFragments?: boolean;
}

export function ipv4(payload: Uint8Array, spec: Ipv4Spec = {}): Uint8Array {
  const ihl = spec.ihl ?? 5;
  const header = new Bytes()
    .u8(0x40 | ihl)
    .u8(0)
    .u16(spec.totalLength ?? 20 + payload.length)
    .u16(1)
    .u16((spec.moreFragments ? 0x2000 : 0) | (spec.fragmentOffset ?? 0))
    .u8(64)
    .u8(spec.protocol ?? 6)
    .u16(0)
    .raw(ipv4Bytes(spec.src ?? '10.0.0.1'))
    .raw(ipv4Bytes(spec.dst ?? '10.0.0.2'));
  return new Bytes().raw(header.done()).raw(payload).done();
}

function ipv6Bytes(a: string): number[] {
  const [head = '', tail] = a.split('::');
  const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const all = [...h, ...Array.from({ length: 8 - h.length - t.length }, () => 0), ...t];
  return all.flatMap((g) => [g >> 8, g & 0xff]);
}

/** An IPv6 extension header: its type number and body (next-header byte is filled in). */
export interface Ipv6Extension {
  type: number;
  /** For the generic layout and AH: total length in bytes, a multiple of 8 (AH: of 4). */
  length: number;
  /** Fragment header fields. */
  fragmentOffset?: number;
  moreFragments?: boolean;
}

export function ipv6(
  payload: Uint8Array,
  spec: { src?: string; dst?: string; extensions?: Ipv6Extension[]; protocol?: number } = {},
): Uint8Array {
  const exts = spec.extensions ?? [];
  const chain = new Bytes();
  exts.forEach((ext, i) => {
    const next = exts[i + 1]?.type ?? spec.protocol ?? 6;
    const body = new Bytes().u8(next);
    if (ext.type === 44) {
      body
        .u8(0)
        .u16(((ext.fragmentOffset ?? 0) << 3) | (ext.moreFragments ? 1 : 0))
        .u32(7);
    } else if (ext.type === 51) {
      body.u8(ext.length / 4 - 2).raw(new Uint8Array(ext.length - 2));
    } else {
      body.u8(ext.length / 8 - 1).raw(new Uint8Array(ext.length - 2));
    }
    chain.raw(body.done());
  });
  const first = exts[0]?.type ?? spec.protocol ?? 6;
  return new Bytes()
    .u32(0x60000000)
    .u16(chain.length + payload.length)
    .u8(first)
    .u8(64)
    .raw(ipv6Bytes(spec.src ?? '2001:db8::1'))
    .raw(ipv6Bytes(spec.dst ?? '2001:db8::2'))
    .raw(chain.done())
    .raw(payload)
    .done();
}

export const ETHERTYPE = { IPV4: 0x0800, IPV6: 0x86dd, ARP: 0x0806, VLAN: 0x8100, QINQ: 0x88a8 } as const;

export function ethernet(payload: Uint8Array, ethertype: number, vlanTags: number[] = []): Uint8Array {
  const b = new Bytes().raw([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1]);
  for (const tpid of vlanTags) b.u16(tpid).u16(100);
  return b.u16(ethertype).raw(payload).done();
}

export function sll(payload: Uint8Array, protocol: number): Uint8Array {
  return new Bytes().u16(0).u16(1).u16(6).raw([2, 0, 0, 0, 0, 1, 0, 0]).u16(protocol).raw(payload).done();
}

export function sll2(payload: Uint8Array, protocol: number): Uint8Array {
  return new Bytes().u16(protocol).u16(0).u32(2).u16(1).u8(0).u8(6).raw([2, 0, 0, 0, 0, 1, 0, 0]).raw(payload).done();
}

export function loopback(payload: Uint8Array, family: number, littleEndian: boolean): Uint8Array {
  return new Bytes(littleEndian).u32(family).raw(payload).done();
}

export interface FrameSpec {
  data: Uint8Array;
  /** Seconds since the epoch and the fraction in the file's unit (µs or ns for pcap). */
  sec?: number;
  frac?: number;
  origLen?: number;
  /** caplen field override (to forge bad records). */
  caplen?: number;
}

export function pcap(frames: FrameSpec[], o: { le?: boolean; nano?: boolean; linkType?: number; snaplen?: number } = {}): Uint8Array {
  const b = new Bytes(o.le ?? true)
    .u32(o.nano ? 0xa1b23c4d : 0xa1b2c3d4)
    .u16(2)
    .u16(4)
    .u32(0)
    .u32(0)
    .u32(o.snaplen ?? 262144)
    .u32(o.linkType ?? 1);
  for (const f of frames) {
    b.u32(f.sec ?? 1_700_000_000)
      .u32(f.frac ?? 0)
      .u32(f.caplen ?? f.data.length)
      .u32(f.origLen ?? f.data.length)
      .raw(f.data);
  }
  return b.done();
}

export interface NgInterface {
  linkType: number;
  snaplen?: number;
  /** The if_tsresol byte (default: none, i.e. µs). */
  tsresol?: number;
  /** if_tsoffset: seconds added to every timestamp of the interface. */
  tsoffset?: number;
}

export type NgBlock =
  | { type: 'epb'; iface: number; data: Uint8Array; ts?: bigint; origLen?: number }
  | { type: 'opb'; iface: number; data: Uint8Array; ts?: bigint }
  | { type: 'spb'; data: Uint8Array }
  | { type: 'other'; code: number; body: number[] };

export interface NgSection {
  le?: boolean;
  interfaces: NgInterface[];
  blocks: NgBlock[];
}

function block(le: boolean, type: number, body: Uint8Array): Uint8Array {
  const padded = new Bytes(le).raw(body).pad4().done();
  const total = padded.length + 12;
  return new Bytes(le).u32(type).u32(total).raw(padded).u32(total).done();
}

export function pcapng(sections: NgSection[]): Uint8Array {
  const out = new Bytes();
  for (const section of sections) {
    const le = section.le ?? true;
    const shb = new Bytes(le).u32(0x1a2b3c4d).u16(1).u16(0).u32(0xffffffff).u32(0xffffffff).done();
    out.raw(block(le, 0x0a0d0d0a, shb));
    for (const iface of section.interfaces) {
      const idb = new Bytes(le)
        .u16(iface.linkType)
        .u16(0)
        .u32(iface.snaplen ?? 262144);
      if (iface.tsresol !== undefined) idb.u16(9).u16(1).u8(iface.tsresol).pad4();
      if (iface.tsoffset !== undefined) {
        const high = Math.floor(iface.tsoffset / 0x1_0000_0000);
        const low = iface.tsoffset % 0x1_0000_0000;
        idb.u16(14).u16(8);
        if (le) idb.u32(low).u32(high);
        else idb.u32(high).u32(low);
      }
      if (iface.tsresol !== undefined || iface.tsoffset !== undefined) idb.u16(0).u16(0);
      out.raw(block(le, 1, idb.done()));
    }
    for (const b of section.blocks) {
      if (b.type === 'other') {
        out.raw(block(le, b.code, Uint8Array.from(b.body)));
        continue;
      }
      if (b.type === 'spb') {
        out.raw(block(le, 3, new Bytes(le).u32(b.data.length).raw(b.data).done()));
        continue;
      }
      const ts = b.ts ?? 0n;
      const high = Number(ts >> 32n);
      const low = Number(ts & 0xffffffffn);
      const body = new Bytes(le);
      if (b.type === 'epb')
        body
          .u32(b.iface)
          .u32(high)
          .u32(low)
          .u32(b.data.length)
          .u32(b.origLen ?? b.data.length);
      else body.u16(b.iface).u16(0).u32(high).u32(low).u32(b.data.length).u32(b.data.length);
      out.raw(block(le, b.type === 'epb' ? 6 : 2, body.raw(b.data).done()));
    }
  }
  return out.done();
}
