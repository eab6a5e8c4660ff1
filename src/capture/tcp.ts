/**
 * The TCP header (RFC 9293 §3.1) and its options (§3.2; window scale and timestamps RFC 7323,
 * SACK RFC 2018). The AE bit is the former NS bit (RFC 3540, historic), now AccECN's.
 */
import type { CaptureFlag, CaptureWarningKey, TcpOption } from './types';

const MIN_HEADER = 20;

/** Flags from the low bit up: FIN is bit 0 of byte 13, AE bit 0 of byte 12 (bit 8 of the 12). */
const FLAG_BITS: readonly (readonly [number, CaptureFlag])[] = [
  [0x100, 'AE'],
  [0x80, 'CWR'],
  [0x40, 'ECE'],
  [0x20, 'URG'],
  [0x10, 'ACK'],
  [0x08, 'PSH'],
  [0x04, 'RST'],
  [0x02, 'SYN'],
  [0x01, 'FIN'],
];

export interface TcpHeader {
  readonly srcPort: number;
  readonly dstPort: number;
  readonly seq: number;
  readonly ackRaw: number;
  readonly flagBits: number;
  readonly flags: readonly CaptureFlag[];
  readonly window: number;
  readonly urgentPointer: number;
  readonly headerLength: number;
  readonly options: readonly TcpOption[];
  /** The options run past the captured bytes: those after the cut are missing. */
  readonly optionsCut: boolean;
}

export interface TcpFailure {
  readonly warning: CaptureWarningKey;
  readonly params: Readonly<Record<string, number>>;
}

const u16 = (d: Uint8Array, at: number) => (d[at]! << 8) | d[at + 1]!;
const u32 = (d: Uint8Array, at: number) => ((d[at]! << 24) | (d[at + 1]! << 16) | (d[at + 2]! << 8) | d[at + 3]!) >>> 0;

/**
 * Reads the TCP header at `at`; `capturedEnd` is where the captured bytes of this segment stop,
 * `wireEnd` where the segment stopped on the wire.
 */
export function readTcp(data: Uint8Array, at: number, capturedEnd: number, wireEnd: number): TcpHeader | TcpFailure {
  if (capturedEnd - at < MIN_HEADER) {
    return { warning: 'capture.warning.tcpHeaderCut', params: { captured: Math.max(0, capturedEnd - at) } };
  }
  const dataOffset = data[at + 12]! >> 4;
  const headerLength = dataOffset * 4;
  if (dataOffset < 5) return { warning: 'capture.warning.tcpDataOffsetTooSmall', params: { dataOffset } };
  if (at + headerLength > wireEnd) {
    return { warning: 'capture.warning.tcpDataOffsetPastSegment', params: { dataOffset, segment: wireEnd - at } };
  }
  const flagBits = u16(data, at + 12) & 0x0fff;
  const optionsEnd = Math.min(at + headerLength, capturedEnd);
  return {
    srcPort: u16(data, at),
    dstPort: u16(data, at + 2),
    seq: u32(data, at + 4),
    ackRaw: u32(data, at + 8),
    flagBits,
    flags: flagNames(flagBits),
    window: u16(data, at + 14),
    urgentPointer: u16(data, at + 18),
    headerLength,
    options: readOptions(data, at + MIN_HEADER, optionsEnd, at + headerLength),
    optionsCut: optionsEnd < at + headerLength,
  };
}

const flagCache = new Map<number, readonly CaptureFlag[]>();

/** Named flags in header order; the few combinations in a capture are built once and shared. */
export function flagNames(bits: number): readonly CaptureFlag[] {
  let names = flagCache.get(bits);
  if (!names) {
    names = Object.freeze(FLAG_BITS.filter(([mask]) => (bits & mask) !== 0).map(([, name]) => name));
    flagCache.set(bits, names);
  }
  return names;
}

const NO_OPTIONS: readonly TcpOption[] = Object.freeze([]);

/**
 * Options in order (RFC 9293 §3.2: kind, length, data). A malformed one ends the list, kept as
 * unknown; one the capture cut off (it would fit the header, not the captured bytes) is left out.
 */
export function readOptions(data: Uint8Array, start: number, end: number, headerEnd = end): readonly TcpOption[] {
  // Most segments of a bulk transfer without timestamps have no options: one shared empty list.
  if (start >= end) return NO_OPTIONS;
  const options: TcpOption[] = [];
  let at = start;
  while (at < end) {
    const kind = data[at]!;
    if (kind === 0) {
      options.push({ kind: 0, name: 'EOL' });
      break;
    }
    if (kind === 1) {
      options.push({ kind: 1, name: 'NOP' });
      at += 1;
      continue;
    }
    if (at + 1 >= end && end < headerEnd) break;
    const length = at + 1 < end ? data[at + 1]! : 0;
    if (length >= 2 && at + length > end && at + length <= headerEnd) break;
    if (length < 2 || at + length > end) {
      options.push({ kind, name: 'unknown', length });
      break;
    }
    options.push(knownOption(data, at, kind, length));
    at += length;
  }
  return options;
}

function knownOption(data: Uint8Array, at: number, kind: number, length: number): TcpOption {
  if (kind === 2 && length === 4) return { kind: 2, name: 'MSS', mss: u16(data, at + 2) };
  if (kind === 3 && length === 3) return { kind: 3, name: 'WS', shift: data[at + 2]! };
  if (kind === 4 && length === 2) return { kind: 4, name: 'SACK_PERM' };
  if (kind === 5 && length >= 10 && (length - 2) % 8 === 0) {
    const blocks: (readonly [number, number])[] = [];
    for (let b = at + 2; b < at + length; b += 8) blocks.push([u32(data, b), u32(data, b + 4)]);
    return { kind: 5, name: 'SACK', blocks };
  }
  if (kind === 8 && length === 10) return { kind: 8, name: 'TS', tsval: u32(data, at + 2), tsecr: u32(data, at + 6) };
  return { kind, name: 'unknown', length };
}
