/**
 * The capture reader: container → link → IP → TCP, one frame at a time, as a generator so a large
 * file can be read in slices (a Web Worker can post progress between them). Nothing here throws
 * on bad input; every problem becomes an issue (see index.ts for which ones are fatal).
 */
import { ConnectionTracker } from './connections';
import { readContainer, type RawFrame } from './container';
import { readIp, PROTO_TCP } from './ip';
import { issue } from './issues';
import { ipOffset, LINK_CUT, NOT_IP, UNSUPPORTED_LINK } from './link';
import { readTcp } from './tcp';
import type { CaptureFormat, CaptureIssue, CaptureMessageKey, CapturedConnection, CapturedSegment, SkipCounts } from './types';

export interface CaptureSummary {
  readonly format: CaptureFormat | null;
  /** Every record in the file, TCP or not. */
  readonly frames: number;
  readonly segments: number;
  readonly skipped: Readonly<SkipCounts>;
  /** How many warnings of each key were reported (all of them, even past the list's cap). */
  readonly warningCounts: Readonly<Partial<Record<CaptureMessageKey, number>>>;
  /** The problem that stopped reading, or no TCP at all; null when the file was read to its end. */
  readonly error: CaptureIssue | null;
  readonly connections: readonly CapturedConnection[];
  /** Absolute time of the first frame (what every timeUs counts from); null for a file without frames. */
  readonly start: { readonly epochSec: number; readonly epochNs: number } | null;
  /** Bytes read up to the end or to the error. */
  readonly bytesRead: number;
  readonly bytesTotal: number;
}

export type CaptureEvent =
  | { readonly type: 'segment'; readonly segment: CapturedSegment }
  | { readonly type: 'warning'; readonly issue: CaptureIssue }
  /** Every PROGRESS_EVERY frames: how far into the file the reader is. */
  | { readonly type: 'progress'; readonly bytesRead: number; readonly bytesTotal: number; readonly frames: number }
  | { readonly type: 'end'; readonly summary: CaptureSummary };

export const PROGRESS_EVERY = 4096;

/** Accepts what a File or fetch gives (ArrayBuffer) as well as a Node Buffer or any byte view. */
export function toBytes(input: ArrayBuffer | ArrayBufferView): Uint8Array {
  // A plain Uint8Array even for a Node Buffer: a Buffer's subarray() is several times slower.
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return new Uint8Array(input);
}

/** Reads a capture lazily: segments and warnings in file order, then one `end` with the summary. */
export function* iterateCapture(input: ArrayBuffer | ArrayBufferView): Generator<CaptureEvent, void> {
  const bytes = toBytes(input);
  const tracker = new ConnectionTracker();
  const tally = new CaptureTally();

  for (const event of readContainer(bytes)) {
    if (event.type === 'format') {
      tally.format = event.format;
      continue;
    }
    if (event.type === 'error') {
      tally.error = event.issue;
      break;
    }
    if (event.type === 'warning') {
      if (event.issue.key === 'capture.warning.frameCut' || event.issue.key === 'capture.warning.unknownInterface') {
        tally.frames += 1;
        tally.skipped.malformed += 1;
      }
      yield tally.warn(event.issue);
      continue;
    }
    const frame = event;
    tally.frames += 1;
    tally.bytesRead = frame.end;
    tally.start ??= { epochSec: frame.epochSec, epochNs: frame.epochNs };
    if (tally.frames % PROGRESS_EVERY === 0)
      yield { type: 'progress', bytesRead: tally.bytesRead, bytesTotal: bytes.length, frames: tally.frames };

    const decoded = decodeFrame(frame, tally.start);
    if (typeof decoded === 'string') {
      yield* tally.skip(decoded, frame);
      continue;
    }
    if ('key' in decoded) {
      tally.skipped.malformed += 1;
      yield tally.warn(decoded);
      continue;
    }
    const { segment, optionsCut } = decoded;
    tally.count(segment, optionsCut, frame);
    // Set in place rather than copied: a copy of every segment doubled the reader's garbage.
    segment.stream = tracker.add(segment);
    yield { type: 'segment', segment };
  }

  yield* tally.closingWarnings();
  yield { type: 'end', summary: tally.summary(bytes.length, tracker) };
}

/** What the reader has met so far: counts for the summary, and which warnings were already given. */
class CaptureTally {
  format: CaptureFormat | null = null;
  frames = 0;
  segments = 0;
  truncated = 0;
  readonly skipped: SkipCounts = { nonIp: 0, nonTcp: 0, unsupportedLink: 0, fragments: 0, malformed: 0 };
  readonly warningCounts: Partial<Record<CaptureMessageKey, number>> = {};
  readonly unsupportedLinks = new Set<number>();
  // A small snaplen cuts the options of every segment: one summary warning, not one per packet.
  optionsCutCount = 0;
  firstOptionsCut: RawFrame | null = null;
  error: CaptureIssue | null = null;
  start: { epochSec: number; epochNs: number } | null = null;
  bytesRead = 0;

  warn(found: CaptureIssue): CaptureEvent {
    this.warningCounts[found.key] = (this.warningCounts[found.key] ?? 0) + 1;
    return { type: 'warning', issue: found };
  }

  /** A frame with no TCP segment to read: counted, and said once per link type or per fragment. */
  *skip(reason: Skip, frame: RawFrame): Generator<CaptureEvent, void> {
    this.skipped[reason] += 1;
    if (reason === 'fragments') yield this.warn(issue('capture.warning.fragment', { frame: frame.frame }, placeOf(frame)));
    if (reason === 'unsupportedLink' && !this.unsupportedLinks.has(frame.linkType)) {
      this.unsupportedLinks.add(frame.linkType);
      yield this.warn(issue('capture.warning.unsupportedLink', { frame: frame.frame, linkType: frame.linkType }, placeOf(frame)));
    }
  }

  count(segment: { readonly truncated: boolean }, optionsCut: boolean, frame: RawFrame): void {
    if (optionsCut) {
      this.optionsCutCount += 1;
      this.firstOptionsCut ??= frame;
    }
    if (segment.truncated) this.truncated += 1;
    this.segments += 1;
  }

  /** The warnings that sum up many frames, given once at the end. */
  *closingWarnings(): Generator<CaptureEvent, void> {
    if (this.firstOptionsCut) {
      const { frame, offset } = this.firstOptionsCut;
      yield this.warn(issue('capture.warning.tcpOptionsCut', { count: this.optionsCutCount, frame }, { offset, frame }));
    }
    if (this.truncated > 0) yield this.warn(issue('capture.warning.packetsTruncated', { count: this.truncated }));
  }

  summary(bytesTotal: number, tracker: ConnectionTracker): CaptureSummary {
    const error = this.error ?? (this.segments === 0 ? issue('capture.error.noTcp', { frames: this.frames }) : null);
    return {
      format: this.format,
      frames: this.frames,
      segments: this.segments,
      skipped: this.skipped,
      warningCounts: this.warningCounts,
      error,
      connections: tracker.connections(),
      start: this.start,
      // Up to the error, or all of it.
      bytesRead: this.error ? (this.error.offset ?? this.bytesRead) : bytesTotal,
      bytesTotal,
    };
  }
}

type Skip = keyof SkipCounts;
type Decoded = Skip | CaptureIssue | { segment: { -readonly [K in keyof CapturedSegment]: CapturedSegment[K] }; optionsCut: boolean };

/** Where a warning about this frame points; built only when there is one (not once per frame). */
const placeOf = (frame: RawFrame) => ({ offset: frame.offset, frame: frame.frame });

/** One frame down to its TCP segment, or why not. */
function decodeFrame(frame: RawFrame, start: { epochSec: number; epochNs: number }): Decoded {
  const { bytes, start: frameStart, end } = frame;
  const at = ipOffset(frame.linkType, bytes, frameStart, end);
  if (at === NOT_IP) return 'nonIp';
  if (at === UNSUPPORTED_LINK) return 'unsupportedLink';
  if (at === LINK_CUT) return issue('capture.warning.frameCut', { frame: frame.frame }, placeOf(frame));
  const ip = readIp(bytes, at, end, frameStart + frame.origLen);
  if ('skip' in ip) return ip.skip;
  if ('warning' in ip) return issue(ip.warning, { frame: frame.frame, ...ip.params }, placeOf(frame));
  if (ip.protocol !== PROTO_TCP) return 'nonTcp';
  const capturedEnd = Math.min(end, ip.wireEnd);
  const tcp = readTcp(bytes, ip.start, capturedEnd, ip.wireEnd);
  if ('warning' in tcp) return issue(tcp.warning, { frame: frame.frame, ...tcp.params }, placeOf(frame));
  const payloadStart = ip.start + tcp.headerLength;
  const len = ip.wireEnd - payloadStart;
  const capturedLen = Math.max(0, capturedEnd - payloadStart);
  const hasAck = (tcp.flagBits & 0x10) !== 0;
  return {
    optionsCut: tcp.optionsCut,
    segment: {
      frame: frame.frame,
      timeUs: (frame.epochSec - start.epochSec) * 1e6 + (frame.epochNs - start.epochNs) / 1e3,
      epochSec: frame.epochSec,
      epochNs: frame.epochNs,
      interfaceId: frame.interfaceId,
      ipVersion: ip.version,
      src: ip.src,
      dst: ip.dst,
      srcPort: tcp.srcPort,
      dstPort: tcp.dstPort,
      seq: tcp.seq,
      ack: hasAck ? tcp.ackRaw : null,
      ackRaw: tcp.ackRaw,
      flags: tcp.flags,
      flagBits: tcp.flagBits,
      window: tcp.window,
      urgentPointer: tcp.urgentPointer,
      headerLength: tcp.headerLength,
      len,
      capturedLen,
      truncated: capturedLen < len || tcp.optionsCut || ip.firstFragment,
      options: tcp.options,
      stream: -1,
    },
  };
}

/** The whole capture at once: every segment, the connections and what went wrong. */
export interface CaptureResult extends CaptureSummary {
  /** True when the file was read to its end and holds at least one TCP segment. */
  readonly ok: boolean;
  readonly packets: readonly CapturedSegment[];
  /** The first MAX_LISTED_WARNINGS warnings (warningCounts has the totals). */
  readonly warnings: readonly CaptureIssue[];
}

export const MAX_LISTED_WARNINGS = 200;

export function readCapture(input: ArrayBuffer | ArrayBufferView): CaptureResult {
  const packets: CapturedSegment[] = [];
  const warnings: CaptureIssue[] = [];
  let total = 0;
  for (const event of iterateCapture(input)) {
    if (event.type === 'segment') packets.push(event.segment);
    else if (event.type === 'warning') {
      total += 1;
      if (warnings.length < MAX_LISTED_WARNINGS) warnings.push(event.issue);
    } else if (event.type === 'end') {
      if (total > warnings.length) warnings.push(issue('capture.warning.moreWarnings', { count: total - warnings.length }));
      return { ...event.summary, ok: event.summary.error === null, packets, warnings };
    }
  }
  // Unreachable: iterateCapture always ends with an `end` event.
  return {
    format: null,
    frames: 0,
    segments: 0,
    error: issue('capture.error.empty'),
    connections: [],
    start: null,
    skipped: { nonIp: 0, nonTcp: 0, unsupportedLink: 0, fragments: 0, malformed: 0 },
    warningCounts: {},
    bytesRead: 0,
    bytesTotal: 0,
    ok: false,
    packets,
    warnings,
  };
}
