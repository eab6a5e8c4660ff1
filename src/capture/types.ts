import type { ControlBit } from '../engine';

/**
 * A problem found while reading, as a message key and its parameters (texts in src/i18n, en and
 * zh): the reader never throws, it reports.
 */
export interface CaptureIssue {
  readonly key: CaptureMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** Byte offset in the file where the problem was found (the record or block start). */
  readonly offset?: number;
  /** 1-based frame number (as Wireshark counts: every record, TCP or not). */
  readonly frame?: number;
}

/** File-level problems: reading stops here (what was read before is kept). */
export type CaptureErrorKey =
  | 'capture.error.empty'
  | 'capture.error.tooShort'
  | 'capture.error.badMagic'
  | 'capture.error.truncatedHeader'
  | 'capture.error.truncatedRecord'
  | 'capture.error.recordTooLong'
  | 'capture.error.badBlockLength'
  | 'capture.error.badSectionHeader'
  | 'capture.error.noTcp';

/** One packet skipped, or one oddity noted, and reading goes on. */
export type CaptureWarningKey =
  | 'capture.warning.snaplenZero'
  | 'capture.warning.snaplenHuge'
  | 'capture.warning.badSubsecond'
  | 'capture.warning.caplenOverOrig'
  | 'capture.warning.unknownInterface'
  | 'capture.warning.unsupportedLink'
  | 'capture.warning.frameCut'
  | 'capture.warning.ipVersionBad'
  | 'capture.warning.ipv4HeaderTooShort'
  | 'capture.warning.ipTotalLengthBad'
  | 'capture.warning.ipCut'
  | 'capture.warning.fragment'
  | 'capture.warning.tcpHeaderCut'
  | 'capture.warning.tcpDataOffsetTooSmall'
  | 'capture.warning.tcpDataOffsetPastSegment'
  | 'capture.warning.tcpOptionsCut'
  | 'capture.warning.packetsTruncated'
  | 'capture.warning.moreWarnings';

export type CaptureMessageKey = CaptureErrorKey | CaptureWarningKey;

export type CaptureFormat = 'pcap' | 'pcapng';

/** Control bits in header order (RFC 9293 §3.1), with AE (RFC 3540's NS bit, AccECN's AE) first. */
export type CaptureFlag = 'AE' | ControlBit;

/** TCP options as found on the wire (RFC 9293 §3.2, RFC 7323, RFC 2018). */
export type TcpOption =
  | { readonly kind: 0; readonly name: 'EOL' }
  | { readonly kind: 1; readonly name: 'NOP' }
  | { readonly kind: 2; readonly name: 'MSS'; readonly mss: number }
  | { readonly kind: 3; readonly name: 'WS'; readonly shift: number }
  | { readonly kind: 4; readonly name: 'SACK_PERM' }
  | { readonly kind: 5; readonly name: 'SACK'; readonly blocks: readonly (readonly [number, number])[] }
  | { readonly kind: 8; readonly name: 'TS'; readonly tsval: number; readonly tsecr: number }
  /** Anything else (TFO 34 and 254, MPTCP 30, AccECN 172/174, a malformed known kind): kind and length only. */
  | { readonly kind: number; readonly name: 'unknown'; readonly length: number };

/** One TCP segment read from the capture. */
export interface CapturedSegment {
  /** 1-based frame number in the file, as Wireshark numbers frames. */
  readonly frame: number;
  /** Microseconds since the capture's first frame (fractional for ns captures). */
  readonly timeUs: number;
  /** Absolute time: whole seconds since the Unix epoch and the nanoseconds within it. */
  readonly epochSec: number;
  readonly epochNs: number;
  readonly interfaceId: number;
  readonly ipVersion: 4 | 6;
  readonly src: string;
  readonly dst: string;
  readonly srcPort: number;
  readonly dstPort: number;
  readonly seq: number;
  /** The acknowledgment field when the ACK bit is set, else null (the field is then meaningless). */
  readonly ack: number | null;
  /** The acknowledgment field as it is on the wire, whatever the ACK bit says. */
  readonly ackRaw: number;
  /** Control bits in header order. */
  readonly flags: readonly CaptureFlag[];
  /** The 12 bits after the data offset (reserved bits included), as tshark's tcp.flags. */
  readonly flagBits: number;
  readonly window: number;
  readonly urgentPointer: number;
  /** TCP header length in bytes (data offset × 4). */
  readonly headerLength: number;
  /** Payload length on the wire, from the IP lengths (what sequence numbers count). */
  readonly len: number;
  /** Payload bytes present in the file (less than len when the snaplen cut the packet). */
  readonly capturedLen: number;
  /** The record was cut by the snaplen (caplen < orig_len) or the IP lengths promise more than is there. */
  readonly truncated: boolean;
  readonly options: readonly TcpOption[];
  /** Connection number, as Wireshark's tcp.stream (from 0, in order of first packet). */
  readonly stream: number;
}

export type ConnectionEnd = 'fin' | 'rst' | 'open';

/** One TCP connection in the capture (one tcp.stream). */
export interface CapturedConnection {
  readonly stream: number;
  /** The side that sent the first SYN without ACK; when none was captured, the sender of the first packet. */
  readonly client: { readonly addr: string; readonly port: number };
  readonly server: { readonly addr: string; readonly port: number };
  /** True when the client was recognised by its SYN, false when guessed from the first packet. */
  readonly clientFromSyn: boolean;
  readonly packets: number;
  readonly firstUs: number;
  readonly lastUs: number;
  /** fin: both FINs seen and acknowledged; rst: a RST was seen; open: neither. */
  readonly end: ConnectionEnd;
}

export interface SkipCounts {
  /** Frames that are not IP (ARP, LLDP, …). */
  nonIp: number;
  /** IP packets that are not TCP (UDP, ICMP, …). */
  nonTcp: number;
  /** Frames on a link type this reader does not decode. */
  unsupportedLink: number;
  /** IP fragments after the first: their TCP header is elsewhere. */
  fragments: number;
  /** Frames dropped for a malformed header (each also has a warning). */
  malformed: number;
}
