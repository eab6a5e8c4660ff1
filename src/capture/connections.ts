/**
 * Groups segments into connections numbered like Wireshark's tcp.stream.
 *
 * The rule: the key is the unordered pair (address, port) ↔ (address, port). A segment joins the
 * current connection of its key, except that a SYN without ACK starts a new connection (the next
 * number) when the current one
 *   - has ended: a RST was seen, or both FINs were sent and each was acknowledged;
 *   - has been idle for more than NEW_STREAM_GAP_US (longer than Linux's SYN retries take);
 *   - began with a SYN whose sequence number differs (a new ISN means a new incarnation;
 *     a retransmitted SYN carries the same one).
 * Numbers go from 0 in order of each connection's first packet. This matches Wireshark's numbering
 * on ordinary captures; Wireshark's own heuristics differ in corner cases (port reuse in the middle
 * of a FIN exchange, for one).
 */
import type { CapturedConnection, ConnectionEnd } from './types';

export const NEW_STREAM_GAP_US = 120_000_000;

interface Endpoint {
  readonly addr: string;
  readonly port: number;
}

interface Direction {
  /** Sequence number just after this direction's FIN, once one was sent. */
  finNext: number | null;
  finAcked: boolean;
}

interface Tracked {
  readonly stream: number;
  client: Endpoint;
  server: Endpoint;
  clientFromSyn: boolean;
  synSeq: number | null;
  packets: number;
  firstUs: number;
  lastUs: number;
  rst: boolean;
  /**
   * What each side sent, by which end of the key it is: the endpoint whose number is lower, or the
   * higher one (null until that side sends). Both are the same object when a packet goes from an
   * endpoint to itself.
   */
  fromLow: Direction | null;
  fromHigh: Direction | null;
}

export interface SegmentForTracking {
  readonly src: string;
  readonly dst: string;
  readonly srcPort: number;
  readonly dstPort: number;
  readonly flagBits: number;
  readonly seq: number;
  readonly ackRaw: number;
  readonly len: number;
  readonly timeUs: number;
}

const FIN = 0x01;
const SYN = 0x02;
const RST = 0x04;
const ACK = 0x10;

/** a ≥ b in sequence space (RFC 9293 §3.4: comparisons are modulo 2^32). */
const seqAtOrAfter = (a: number, b: number) => (a - b) >>> 0 < 0x8000_0000;

/**
 * Connections are looked up once per packet, so the key is numeric: each address string gets a
 * small number on first sight (the reader shares one string per IPv4 address, so that lookup hits
 * a cached hash), an endpoint is that number × 2^16 + port, and the unordered pair is a map of maps
 * from the lower endpoint to the higher. Building a string key per packet made the tracker the
 * reader's largest cost after the garbage collector, most of that garbage being those keys.
 */
const PORTS = 0x1_0000;

export class ConnectionTracker {
  private readonly addressIds = new Map<string, number>();
  private readonly current = new Map<number, Map<number, Tracked>>();
  private readonly all: Tracked[] = [];

  /** Assigns the segment to a connection and returns its number. */
  add(s: SegmentForTracking): number {
    const from = this.addressId(s.src) * PORTS + s.srcPort;
    const to = this.addressId(s.dst) * PORTS + s.dstPort;
    const low = Math.min(from, to);
    const high = Math.max(from, to);
    let byHigh = this.current.get(low);
    if (!byHigh) {
      byHigh = new Map();
      this.current.set(low, byHigh);
    }
    const isSyn = (s.flagBits & (SYN | ACK)) === SYN;
    let tracked = byHigh.get(high);
    if (!tracked || (isSyn && this.startsNew(tracked, s))) {
      tracked = this.open(s);
      byHigh.set(high, tracked);
    }
    this.update(tracked, s, from === low, from === to);
    return tracked.stream;
  }

  private addressId(addr: string): number {
    let id = this.addressIds.get(addr);
    if (id === undefined) {
      id = this.addressIds.size;
      this.addressIds.set(addr, id);
    }
    return id;
  }

  private startsNew(t: Tracked, s: SegmentForTracking): boolean {
    if (t.rst || this.bothFinsAcked(t)) return true;
    if (s.timeUs - t.lastUs > NEW_STREAM_GAP_US) return true;
    return t.synSeq !== null && t.synSeq !== s.seq;
  }

  private bothFinsAcked(t: Tracked): boolean {
    const { fromLow, fromHigh } = t;
    // One endpoint talking to itself has one direction, which is never "both".
    if (!fromLow || !fromHigh || fromLow === fromHigh) return false;
    return fromLow.finAcked && fromHigh.finAcked;
  }

  private open(s: SegmentForTracking): Tracked {
    const src = { addr: s.src, port: s.srcPort };
    const dst = { addr: s.dst, port: s.dstPort };
    const synAck = (s.flagBits & (SYN | ACK)) === (SYN | ACK);
    const tracked: Tracked = {
      stream: this.all.length,
      // A SYN names its sender the client; a SYN-ACK, its receiver; anything else is a guess.
      client: synAck ? dst : src,
      server: synAck ? src : dst,
      clientFromSyn: (s.flagBits & SYN) !== 0,
      synSeq: null,
      packets: 0,
      firstUs: s.timeUs,
      lastUs: s.timeUs,
      rst: false,
      fromLow: null,
      fromHigh: null,
    };
    this.all.push(tracked);
    return tracked;
  }

  /** `fromLow`: the sender is the key's lower endpoint; `toSelf`: sender and receiver are the same endpoint. */
  private update(t: Tracked, s: SegmentForTracking, fromLow: boolean, toSelf: boolean): void {
    t.packets += 1;
    t.lastUs = s.timeUs;
    const bits = s.flagBits;
    if ((bits & (SYN | ACK)) === SYN) {
      if (t.synSeq === null) t.synSeq = s.seq;
      if (!t.clientFromSyn) {
        t.client = { addr: s.src, port: s.srcPort };
        t.server = { addr: s.dst, port: s.dstPort };
        t.clientFromSyn = true;
      }
    }
    if (bits & RST) t.rst = true;
    const mine = this.direction(t, fromLow, toSelf);
    if (bits & FIN) {
      // The FIN occupies the sequence number after the data (and after a SYN sent with it).
      mine.finNext = (s.seq + s.len + (bits & SYN ? 1 : 0) + 1) >>> 0;
    }
    const theirs = toSelf ? mine : fromLow ? t.fromHigh : t.fromLow;
    if (bits & ACK && theirs && theirs.finNext !== null && seqAtOrAfter(s.ackRaw, theirs.finNext)) theirs.finAcked = true;
  }

  private direction(t: Tracked, fromLow: boolean, toSelf: boolean): Direction {
    const known = fromLow ? t.fromLow : t.fromHigh;
    if (known) return known;
    const d: Direction = { finNext: null, finAcked: false };
    if (fromLow || toSelf) t.fromLow = d;
    if (!fromLow || toSelf) t.fromHigh = d;
    return d;
  }

  connections(): CapturedConnection[] {
    return this.all.map((t) => ({
      stream: t.stream,
      client: t.client,
      server: t.server,
      clientFromSyn: t.clientFromSyn,
      packets: t.packets,
      firstUs: t.firstUs,
      lastUs: t.lastUs,
      end: endOf(t),
    }));
  }
}

function endOf(t: Tracked): ConnectionEnd {
  if (t.rst) return 'rst';
  const { fromLow, fromHigh } = t;
  const bothFinned = fromLow !== null && fromHigh !== null && fromLow !== fromHigh && fromLow.finNext !== null && fromHigh.finNext !== null;
  return bothFinned ? 'fin' : 'open';
}
