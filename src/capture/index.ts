/**
 * Capture reader: pcap and pcapng bytes → TCP segments and connections. Pure TypeScript (no DOM,
 * no Node APIs, no clock): it runs in a Web Worker, in the CLI and in tests alike.
 *
 * ## Entry points
 * - `readCapture(bytes)` → `CaptureResult`: everything at once (the CLI, tests, small files).
 * - `iterateCapture(bytes)` → generator of `CaptureEvent`s: `segment` (in file order), `warning`,
 *   `progress` (every PROGRESS_EVERY frames: bytesRead / bytesTotal) and a final `end` with the
 *   `CaptureSummary`. A worker pulls a slice of events, posts progress, yields to its event loop.
 *   `bytes` is an ArrayBuffer or any view of one (Uint8Array, Node Buffer).
 *
 * ## Data for the later layers (state inference, ladder, inspector, exports)
 * - `CapturedSegment`: one TCP segment. `timeUs` counts microseconds from the capture's first
 *   frame (fractional for ns captures); `epochSec`/`epochNs` give absolute time. `seq`, `ackRaw`
 *   are the raw 32-bit fields (relative numbers are the UI's business); `ack` is null without the
 *   ACK bit, as the engine's `Segment.ack`. `flags` names the bits in header order (`'AE'` plus
 *   the engine's `ControlBit`s), `flagBits` is the 12-bit field as tshark's tcp.flags. `len` is
 *   the payload length on the wire, from the IP lengths — what sequence numbers count — while
 *   `capturedLen` is how much of it the file holds; `truncated` says the snaplen (or a missing
 *   fragment) cut the segment. `options` keeps every option in order; unknown ones (TFO 34/254,
 *   MPTCP 30, AccECN 172/174, …) as kind + length. `stream` is the connection number.
 * - `CapturedConnection`: one per tcp.stream, in order of first packet: client (sender of the
 *   first SYN without ACK, or receiver of a SYN-ACK; else the first packet's sender, with
 *   `clientFromSyn: false`), server, packet count, first/last time, `end` ('fin' when both sides
 *   sent a FIN, 'rst' when a RST was seen, else 'open'). The numbering rule is in connections.ts.
 *   To turn a segment into the engine's `Segment`: `makeSegment` with `flags` minus `'AE'`,
 *   `ack`, `len`, `window` and the MSS / WS / SACK_PERM options.
 *
 * ## Problems: keys, never exceptions
 * Each problem is a `CaptureIssue` `{ key, params, offset?, frame? }`; the texts (en, zh) are in
 * src/i18n/{en,zh}/capture.ts. Fatal (file-level: reading stops, what was read is kept,
 * `summary.error` is set, `ok` is false):
 *   empty · tooShort (under 4 bytes) · badMagic · truncatedHeader (pcap header under 24 bytes) ·
 *   truncatedRecord (a record or block runs past the end of the file) · recordTooLong (a pcap
 *   record longer than 256 KiB and than the snaplen: its length field is corrupt, so the next
 *   record cannot be found) · badBlockLength (pcapng: under 12, not a multiple of 4, past the end,
 *   or the trailing copy differs) · badSectionHeader (pcapng: no SHB first, or an unknown
 *   byte-order magic) · noTcp (the file was read but holds no TCP segment).
 * Warnings (one packet skipped, or an oddity noted; reading goes on):
 *   snaplenZero, snaplenHuge (pcap only — the records carry their own lengths; in pcapng 0 means
 *   no limit) · badSubsecond (pcap µs ≥ 10^6 or ns ≥ 10^9: the excess is carried into the seconds;
 *   pcapng timestamps are one 64-bit count, they have no such field) · caplenOverOrig · unknownInterface,
 *   frameCut (pcapng packet block inconsistent) · unsupportedLink (once per link type) ·
 *   fragment (a non-first IP fragment: its TCP header is elsewhere; the packet is skipped) ·
 *   ipVersionBad, ipv4HeaderTooShort, ipTotalLengthBad, ipCut, tcpHeaderCut (under 20 bytes captured),
 *   tcpDataOffsetTooSmall, tcpDataOffsetPastSegment: the packet is skipped.
 * Summaries at the end (a small snaplen would otherwise give one warning per packet):
 *   tcpOptionsCut (count and first frame: segments kept, flags/seq/ack whole, the options that fit)
 *   · packetsTruncated (count of segments whose payload was cut: kept, marked `truncated`).
 * Non-IP frames (ARP, …) and non-TCP packets are skipped silently; every skip is counted in
 * `summary.skipped`.
 */
export { iterateCapture, readCapture, toBytes, PROGRESS_EVERY, MAX_LISTED_WARNINGS } from './read';
export type { CaptureEvent, CaptureResult, CaptureSummary } from './read';
export { NEW_STREAM_GAP_US } from './connections';
export { LINK } from './link';
export type {
  CaptureErrorKey,
  CaptureFlag,
  CaptureFormat,
  CaptureIssue,
  CaptureMessageKey,
  CaptureWarningKey,
  CapturedConnection,
  CapturedSegment,
  ConnectionEnd,
  SkipCounts,
  TcpOption,
} from './types';
export { observeConnection } from './observe';
