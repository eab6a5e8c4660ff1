/**
 * The file formats: classic pcap and pcapng, read record by record from bytes already in memory.
 * Yields each frame as a view into the file (no copy) with its link type and time, and reports
 * problems as issues rather than throwing. Format references: the libpcap file format
 * (draft-ietf-opsawg-pcap) and pcapng (draft-ietf-opsawg-pcapng).
 */
import { hex32, issue } from './issues';
import type { CaptureFormat, CaptureIssue } from './types';

/**
 * A frame is its own event (type 'frame') rather than wrapped in one: one object less per packet,
 * and the reader's time goes mostly to the garbage collector.
 */
export interface RawFrame {
  readonly type: 'frame';
  /** 1-based record number. */
  readonly frame: number;
  /** Byte offset of the record (pcap) or block (pcapng) in the file. */
  readonly offset: number;
  readonly linkType: number;
  readonly interfaceId: number;
  /**
   * The whole file; the captured bytes are bytes[start, end). Offsets rather than a subarray: a
   * typed-array view per packet cost more than the rest of the frame's objects together.
   */
  readonly bytes: Uint8Array;
  readonly start: number;
  readonly end: number;
  /** The frame's length on the wire. */
  readonly origLen: number;
  readonly epochSec: number;
  readonly epochNs: number;
}

/** What the container layer hands up: a frame, a warning (reading goes on) or a fatal error. */
export type ContainerEvent =
  | RawFrame
  | { readonly type: 'warning'; readonly issue: CaptureIssue }
  | { readonly type: 'error'; readonly issue: CaptureIssue }
  | { readonly type: 'format'; readonly format: CaptureFormat; readonly nanosecond: boolean; readonly littleEndian: boolean };

/**
 * libpcap's largest snapshot length (MAXIMUM_SNAPLEN, 256 KiB). A record longer than this and
 * than the file's own snaplen has a corrupt length field: the next record cannot be found.
 */
export const MAX_SNAPLEN = 262_144;
/** Ceiling on a trusted snaplen when it is larger than MAX_SNAPLEN (256 MiB). */
const MAX_TRUSTED_RECORD = 0x1000_0000;

const PCAP_HEADER = 24;
const PCAP_RECORD_HEADER = 16;

const MAGIC_PCAP_US = 0xa1b2c3d4;
const MAGIC_PCAP_NS = 0xa1b23c4d;
const MAGIC_PCAP_US_SWAPPED = 0xd4c3b2a1;
const MAGIC_PCAP_NS_SWAPPED = 0x4d3cb2a1;
const PCAPNG_SHB = 0x0a0d0d0a;
const PCAPNG_BYTE_ORDER_MAGIC = 0x1a2b3c4d;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Reads the container, whichever it is; the magic number decides. Not a generator itself: it hands
 * back the format's reader, so each frame is not passed on through a second generator (yield*).
 */
export function readContainer(bytes: Uint8Array): Generator<ContainerEvent, void> {
  if (bytes.length === 0) return only({ type: 'error', issue: issue('capture.error.empty') });
  if (bytes.length < 4) return only({ type: 'error', issue: issue('capture.error.tooShort', { size: bytes.length }) });
  const magic = view(bytes).getUint32(0, false);
  if (magic === PCAPNG_SHB) return readPcapng(bytes);
  const pcap = pcapMagic(magic);
  if (!pcap) return only({ type: 'error', issue: issue('capture.error.badMagic', { magic: hex32(magic) }, { offset: 0 }) });
  return readPcap(bytes, pcap.littleEndian, pcap.nanosecond);
}

function* only(event: ContainerEvent): Generator<ContainerEvent, void> {
  yield event;
}

function pcapMagic(magic: number): { littleEndian: boolean; nanosecond: boolean } | null {
  switch (magic) {
    case MAGIC_PCAP_US:
      return { littleEndian: false, nanosecond: false };
    case MAGIC_PCAP_NS:
      return { littleEndian: false, nanosecond: true };
    case MAGIC_PCAP_US_SWAPPED:
      return { littleEndian: true, nanosecond: false };
    case MAGIC_PCAP_NS_SWAPPED:
      return { littleEndian: true, nanosecond: true };
    default:
      return null;
  }
}

/** A snaplen of 0 or above libpcap's maximum is odd but harmless: each record carries its own length. */
function* snaplenWarnings(snaplen: number, offset: number): Generator<ContainerEvent, void> {
  if (snaplen === 0) yield { type: 'warning', issue: issue('capture.warning.snaplenZero', {}, { offset }) };
  else if (snaplen > MAX_SNAPLEN) {
    yield { type: 'warning', issue: issue('capture.warning.snaplenHuge', { snaplen, max: MAX_SNAPLEN }, { offset }) };
  }
}

/** The longest record a file with this snaplen can honestly hold. */
function recordLimit(snaplen: number): number {
  return Math.max(MAX_SNAPLEN, Math.min(snaplen, MAX_TRUSTED_RECORD));
}

function* readPcap(bytes: Uint8Array, le: boolean, nanosecond: boolean): Generator<ContainerEvent, void> {
  if (bytes.length < PCAP_HEADER) {
    yield { type: 'error', issue: issue('capture.error.truncatedHeader', { size: bytes.length, need: PCAP_HEADER }, { offset: 0 }) };
    return;
  }
  yield { type: 'format', format: 'pcap', nanosecond, littleEndian: le };
  const dv = view(bytes);
  const snaplen = dv.getUint32(16, le);
  // The upper bits of the link-type field carry FCS information (pcap format, LinkType field).
  const linkType = dv.getUint32(20, le) & 0xffff;
  yield* snaplenWarnings(snaplen, 16);
  const limit = recordLimit(snaplen);
  const subsecondLimit = nanosecond ? 1e9 : 1e6;
  let offset = PCAP_HEADER;
  let frame = 0;
  while (offset < bytes.length) {
    frame += 1;
    if (offset + PCAP_RECORD_HEADER > bytes.length) {
      yield { type: 'error', issue: issue('capture.error.truncatedRecord', { frame, offset }, { offset, frame }) };
      return;
    }
    const sec = dv.getUint32(offset, le);
    let subsecond = dv.getUint32(offset + 4, le);
    const caplen = dv.getUint32(offset + 8, le);
    const origLen = dv.getUint32(offset + 12, le);
    if (caplen > limit) {
      yield { type: 'error', issue: issue('capture.error.recordTooLong', { frame, length: caplen, max: limit }, { offset, frame }) };
      return;
    }
    const start = offset + PCAP_RECORD_HEADER;
    if (start + caplen > bytes.length) {
      yield { type: 'error', issue: issue('capture.error.truncatedRecord', { frame, offset }, { offset, frame }) };
      return;
    }
    let epochSec = sec;
    if (subsecond >= subsecondLimit) {
      // Carry the excess into the seconds, as a reader that adds the two fields would.
      yield {
        type: 'warning',
        issue: issue('capture.warning.badSubsecond', { frame, value: subsecond, max: subsecondLimit - 1 }, { offset, frame }),
      };
      epochSec += Math.floor(subsecond / subsecondLimit);
      subsecond %= subsecondLimit;
    }
    if (caplen > origLen) {
      yield { type: 'warning', issue: issue('capture.warning.caplenOverOrig', { frame, caplen, origLen }, { offset, frame }) };
    }
    yield {
      type: 'frame',
      frame,
      offset,
      linkType,
      interfaceId: 0,
      bytes,
      start,
      end: start + caplen,
      origLen: Math.max(origLen, caplen),
      epochSec,
      epochNs: nanosecond ? subsecond : subsecond * 1000,
    };
    offset = start + caplen;
  }
}

// ── pcapng ─────────────────────────────────────────────────────────────────────────────────

const BLOCK_IDB = 0x00000001;
const BLOCK_OPB = 0x00000002;
const BLOCK_SPB = 0x00000003;
const BLOCK_EPB = 0x00000006;
const OPT_END = 0;
const OPT_IF_TSRESOL = 9;
const OPT_IF_TSOFFSET = 14;

interface PcapngInterface {
  readonly linkType: number;
  /** if_tsresol: the units of a timestamp are 10^-n (base 10) or 2^-n seconds. */
  readonly base: 10 | 2;
  readonly exponent: number;
  readonly offsetSec: number;
}

/** Where a block lies and what its length field says; null when the block cannot be trusted. */
function* checkBlock(bytes: Uint8Array, dv: DataView, offset: number, le: boolean): Generator<ContainerEvent, number | null> {
  if (offset + 12 > bytes.length) {
    yield { type: 'error', issue: issue('capture.error.truncatedRecord', { frame: 0, offset }, { offset }) };
    return null;
  }
  const length = dv.getUint32(offset + 4, le);
  const fits = length >= 12 && length % 4 === 0 && offset + length <= bytes.length;
  if (!fits || dv.getUint32(offset + length - 4, le) !== length) {
    yield { type: 'error', issue: issue('capture.error.badBlockLength', { offset, length }, { offset }) };
    return null;
  }
  return length;
}

function* readPcapng(bytes: Uint8Array): Generator<ContainerEvent, void> {
  const dv = view(bytes);
  let offset = 0;
  let le = true;
  let interfaces: PcapngInterface[] = [];
  let frame = 0;
  let time: [number, number] = [0, 0];
  let announced = false;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) {
      yield { type: 'error', issue: issue('capture.error.truncatedRecord', { frame: frame + 1, offset }, { offset }) };
      return;
    }
    const rawType = dv.getUint32(offset, le);
    if (dv.getUint32(offset, false) === PCAPNG_SHB) {
      const section = yield* readSectionHeader(bytes, dv, offset);
      if (section === null) return;
      le = section.le;
      if (!announced) {
        announced = true;
        yield { type: 'format', format: 'pcapng', nanosecond: false, littleEndian: le };
      }
      interfaces = [];
      offset += section.length;
      continue;
    }
    if (!announced) {
      yield { type: 'error', issue: issue('capture.error.badSectionHeader', { offset, magic: hex32(rawType) }, { offset }) };
      return;
    }
    const length = yield* checkBlock(bytes, dv, offset, le);
    if (length === null) return;
    const block: BlockAt = { bytes, dv, offset, body: offset + 8, bodyEnd: offset + length - 4, le };
    if (rawType === BLOCK_IDB) {
      // No snaplen warning here: in pcapng a snaplen of 0 means "no limit".
      interfaces.push(readInterface(dv, block.body, block.bodyEnd, le));
    } else if (rawType === BLOCK_EPB || rawType === BLOCK_OPB || rawType === BLOCK_SPB) {
      frame += 1;
      time = yield* readPacketBlock(rawType, block, frame, interfaces, time);
    }
    // Any other block (name resolution, statistics, custom, …) is skipped by its length.
    offset += length;
  }
}

/** A section header sets the byte order of everything up to the next one; null once it has said why it is unreadable. */
function* readSectionHeader(
  bytes: Uint8Array,
  dv: DataView,
  offset: number,
): Generator<ContainerEvent, { le: boolean; length: number } | null> {
  const orderMagic = dv.getUint32(offset + 8, false);
  let le: boolean;
  if (orderMagic === PCAPNG_BYTE_ORDER_MAGIC) le = false;
  else if (orderMagic === 0x4d3c2b1a) le = true;
  else {
    yield { type: 'error', issue: issue('capture.error.badSectionHeader', { offset, magic: hex32(orderMagic) }, { offset }) };
    return null;
  }
  const length = yield* checkBlock(bytes, dv, offset, le);
  if (length === null) return null;
  if (length < 28) {
    yield { type: 'error', issue: issue('capture.error.badBlockLength', { offset, length }, { offset }) };
    return null;
  }
  return { le, length };
}

/** A block whose length has been checked: where its body starts and ends, and the section's byte order. */
interface BlockAt {
  readonly bytes: Uint8Array;
  readonly dv: DataView;
  readonly offset: number;
  readonly body: number;
  readonly bodyEnd: number;
  readonly le: boolean;
}

/**
 * One packet block (enhanced, obsolete or simple) as a frame, or a warning why not. Returns the
 * time of the packet: a simple packet block has none and keeps the previous packet's.
 */
function* readPacketBlock(
  rawType: number,
  { bytes, dv, offset, body, bodyEnd, le }: BlockAt,
  frame: number,
  interfaces: readonly PcapngInterface[],
  lastTime: [number, number],
): Generator<ContainerEvent, [number, number]> {
  const packet = packetBlock(rawType, dv, body, bodyEnd, le);
  const where = { offset, frame };
  const iface = packet ? interfaces[packet.interfaceId] : undefined;
  if (!packet) {
    yield { type: 'warning', issue: issue('capture.warning.frameCut', { frame }, where) };
    return lastTime;
  }
  if (!iface) {
    yield { type: 'warning', issue: issue('capture.warning.unknownInterface', { frame, interfaceId: packet.interfaceId }, where) };
    return lastTime;
  }
  const [epochSec, epochNs] = packet.ts ? timestamp(packet.ts[0], packet.ts[1], iface) : lastTime;
  if (packet.caplen > packet.origLen) {
    yield {
      type: 'warning',
      issue: issue('capture.warning.caplenOverOrig', { frame, caplen: packet.caplen, origLen: packet.origLen }, where),
    };
  }
  yield {
    type: 'frame',
    frame,
    offset,
    linkType: iface.linkType,
    interfaceId: packet.interfaceId,
    bytes,
    start: packet.start,
    end: packet.start + packet.caplen,
    origLen: Math.max(packet.origLen, packet.caplen),
    epochSec,
    epochNs,
  };
  return [epochSec, epochNs];
}

function readInterface(dv: DataView, body: number, end: number, le: boolean): PcapngInterface {
  if (body + 8 > end) return { linkType: -1, base: 10, exponent: 6, offsetSec: 0 };
  const linkType = dv.getUint16(body, le);
  let base: 10 | 2 = 10;
  let exponent = 6;
  let offsetSec = 0;
  let at = body + 8;
  while (at + 4 <= end) {
    const code = dv.getUint16(at, le);
    const len = dv.getUint16(at + 2, le);
    if (code === OPT_END || at + 4 + len > end) break;
    if (code === OPT_IF_TSRESOL && len >= 1) {
      const value = dv.getUint8(at + 4);
      base = value & 0x80 ? 2 : 10;
      exponent = value & 0x7f;
    } else if (code === OPT_IF_TSOFFSET && len >= 8) {
      offsetSec = Number(dv.getBigInt64(at + 4, le));
    }
    at += 4 + ((len + 3) & ~3);
  }
  return { linkType, base, exponent, offsetSec };
}

interface PacketBlock {
  readonly interfaceId: number;
  readonly ts: readonly [number, number] | null;
  readonly caplen: number;
  readonly origLen: number;
  readonly start: number;
}

/** The fixed fields of an EPB, OPB or SPB; null when the captured length runs past the block. */
function packetBlock(type: number, dv: DataView, body: number, end: number, le: boolean): PacketBlock | null {
  if (type === BLOCK_SPB) {
    if (body + 4 > end) return null;
    const origLen = dv.getUint32(body, le);
    return { interfaceId: 0, ts: null, origLen, caplen: Math.min(origLen, end - body - 4), start: body + 4 };
  }
  if (body + 20 > end) return null;
  const interfaceId = type === BLOCK_EPB ? dv.getUint32(body, le) : dv.getUint16(body, le);
  const ts: [number, number] = [dv.getUint32(body + 4, le), dv.getUint32(body + 8, le)];
  const caplen = dv.getUint32(body + 12, le);
  const origLen = dv.getUint32(body + 16, le);
  if (caplen > end - body - 20) return null;
  return { interfaceId, ts, caplen, origLen, start: body + 20 };
}

/** A 64-bit pcapng timestamp in the interface's units, as whole seconds and nanoseconds. */
function timestamp(high: number, low: number, iface: PcapngInterface): [number, number] {
  const { base, exponent } = iface;
  const units = base === 10 ? 10 ** exponent : 2 ** exponent;
  let sec: number;
  let rem: number;
  if (high < 0x200000 && Number.isSafeInteger(units)) {
    // Below 2^53 a double holds the value exactly.
    const value = high * 0x1_0000_0000 + low;
    sec = Math.floor(value / units);
    rem = value - sec * units;
  } else {
    const value = (BigInt(high) << 32n) | BigInt(low);
    const big = base === 10 ? 10n ** BigInt(exponent) : 1n << BigInt(exponent);
    sec = Number(value / big);
    rem = Number(value % big);
  }
  return [sec + iface.offsetSec, (rem * 1e9) / units];
}
