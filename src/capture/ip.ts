/**
 * IPv4 (RFC 791) and IPv6 (RFC 8200) headers: where the TCP header starts, how long the segment
 * was on the wire, and the addresses.
 */
import type { CaptureWarningKey } from './types';

export const PROTO_TCP = 6;

export interface IpPacket {
  readonly version: 4 | 6;
  readonly src: string;
  readonly dst: string;
  /** Upper-layer protocol (after IPv6 extension headers). */
  readonly protocol: number;
  /** Offset of the upper-layer header in the frame data. */
  readonly start: number;
  /** Offset just past the packet's end on the wire (from the IP lengths, clamped to the wire frame). */
  readonly wireEnd: number;
  /** A first fragment: the payload continues in other packets. */
  readonly firstFragment: boolean;
}

/** Why a packet cannot be read further: a warning key, or a silent skip that is only counted. */
export type IpFailure =
  { readonly warning: CaptureWarningKey; readonly params: Readonly<Record<string, number>> } | { readonly skip: 'fragments' };

const IPV6_HOP_BY_HOP = 0;
const IPV6_ROUTING = 43;
const IPV6_FRAGMENT = 44;
const IPV6_AH = 51;
const IPV6_DEST_OPTS = 60;
const IPV6_MOBILITY = 135;
const IPV6_HIP = 139;
const IPV6_SHIM6 = 140;
/** Headers with the generic (next header, length in 8-octet units − 1) layout (RFC 8200 §4). */
const GENERIC_EXTENSIONS = new Set([IPV6_HOP_BY_HOP, IPV6_ROUTING, IPV6_DEST_OPTS, IPV6_MOBILITY, IPV6_HIP, IPV6_SHIM6]);

const u16 = (d: Uint8Array, at: number) => (d[at]! << 8) | d[at + 1]!;

/**
 * Reads the IP header at `at`. The captured bytes stop at `end`; `frameWireEnd` is where the frame
 * ended on the wire (the same offsets, counted as if nothing had been cut): a packet that claims
 * more than that is clamped to it.
 */
export function readIp(data: Uint8Array, at: number, end: number, frameWireEnd: number): IpPacket | IpFailure {
  if (end < at + 1) return { warning: 'capture.warning.ipCut', params: {} };
  const version = data[at]! >> 4;
  if (version === 4) return readIpv4(data, at, end, frameWireEnd);
  if (version === 6) return readIpv6(data, at, end, frameWireEnd);
  return { warning: 'capture.warning.ipVersionBad', params: { version } };
}

function readIpv4(data: Uint8Array, at: number, end: number, frameWireEnd: number): IpPacket | IpFailure {
  if (end < at + 20) return { warning: 'capture.warning.ipCut', params: {} };
  const headerLength = (data[at]! & 0x0f) * 4;
  if (headerLength < 20) return { warning: 'capture.warning.ipv4HeaderTooShort', params: { length: headerLength } };
  if (end < at + headerLength) return { warning: 'capture.warning.ipCut', params: {} };
  let total = u16(data, at + 2);
  // 0 is what a capture of TCP segmentation offload shows: the length is the frame's.
  if (total === 0) total = frameWireEnd - at;
  if (total < headerLength) return { warning: 'capture.warning.ipTotalLengthBad', params: { length: total, header: headerLength } };
  const fragment = u16(data, at + 6);
  const fragmentOffset = fragment & 0x1fff;
  const moreFragments = (fragment & 0x2000) !== 0;
  if (fragmentOffset !== 0) return { skip: 'fragments' };
  return {
    version: 4,
    src: ipv4Address(data, at + 12),
    dst: ipv4Address(data, at + 16),
    protocol: data[at + 9]!,
    start: at + headerLength,
    wireEnd: Math.min(at + total, frameWireEnd),
    firstFragment: moreFragments,
  };
}

function readIpv6(data: Uint8Array, at: number, end: number, frameWireEnd: number): IpPacket | IpFailure {
  if (end < at + 40) return { warning: 'capture.warning.ipCut', params: {} };
  const payloadLength = u16(data, at + 4);
  // 0: a jumbogram (RFC 2675) or an offloaded segment; the frame's length is all we have.
  const wireEnd = payloadLength === 0 ? frameWireEnd : Math.min(at + 40 + payloadLength, frameWireEnd);
  let next = data[at + 6]!;
  let cursor = at + 40;
  let firstFragment = false;
  // Walk the extension headers (RFC 8200 §4.1) up to the first one that is not an extension.
  for (;;) {
    if (GENERIC_EXTENSIONS.has(next) || next === IPV6_AH || next === IPV6_FRAGMENT) {
      if (end < cursor + 8) return { warning: 'capture.warning.ipCut', params: {} };
      const following = data[cursor]!;
      if (next === IPV6_FRAGMENT) {
        const field = u16(data, cursor + 2);
        if (field >> 3 !== 0) return { skip: 'fragments' };
        firstFragment = (field & 1) === 1;
        cursor += 8;
      } else if (next === IPV6_AH) {
        // AH counts its length in 4-octet units, minus 2 (RFC 4302 §2.2).
        cursor += (data[cursor + 1]! + 2) * 4;
      } else {
        cursor += (data[cursor + 1]! + 1) * 8;
      }
      next = following;
      continue;
    }
    break;
  }
  if (cursor > wireEnd) return { warning: 'capture.warning.ipCut', params: {} };
  return {
    version: 6,
    src: ipv6Address(data, at + 8),
    dst: ipv6Address(data, at + 24),
    protocol: next,
    start: cursor,
    wireEnd,
    firstFragment,
  };
}

/**
 * Dotted text of an IPv4 address, shared between packets: a capture has few addresses and many
 * packets, and one string per packet was a large part of the reader's garbage. Bounded so a
 * capture of a scan cannot grow it without limit.
 */
const ipv4Names = new Map<number, string>();
const IPV4_NAME_CACHE = 65_536;

function ipv4Address(d: Uint8Array, at: number): string {
  const key = ((d[at]! << 24) | (d[at + 1]! << 16) | (d[at + 2]! << 8) | d[at + 3]!) >>> 0;
  let name = ipv4Names.get(key);
  if (name === undefined) {
    name = `${d[at]}.${d[at + 1]}.${d[at + 2]}.${d[at + 3]}`;
    if (ipv4Names.size >= IPV4_NAME_CACHE) ipv4Names.clear();
    ipv4Names.set(key, name);
  }
  return name;
}

/** The RFC 5952 text form: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
export function ipv6Address(d: Uint8Array, at: number): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i += 1) groups.push(u16(d, at + i * 2));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const text = (list: number[]) => list.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) return text(groups);
  return `${text(groups.slice(0, bestStart))}::${text(groups.slice(bestStart + bestLength))}`;
}
