/**
 * States inferred from a capture (issue 12): the segments a capture shows are fed, side by side
 * and in each side's order, through the same endpoint logic a simulated run uses (`endpointStep`),
 * so every state, rule and RFC section on screen comes from the engine. There is no second state
 * machine here: this file only decides *which input* a captured segment is for its sender (a
 * socket call, a timer, or nothing the engine knows) and for its receiver (an arrival), and it
 * writes down what the capture cannot decide.
 *
 * Time: a capture is taken at one point on the path. The handshake shows how far that point is
 * from each side (SYN → SYN,ACK is a round trip to the server, SYN,ACK → ACK one to the client),
 * so a segment seen at time T left its sender at T − d(sender) and reached its receiver at
 * T + d(receiver). Each side's events are taken in that estimated local order, corrected by the
 * ACK numbers: a segment that acknowledges data was sent after that data arrived.
 */
import { endpointStep, type EndpointInput } from './endpointStep';
import { RULES } from './rules';
import { hasFlag, labelFlags, otherSide, segmentSeqLength, type Segment, type Side } from './segment';
import { seqAdd, seqGt, seqLe, seqLt } from './seq';
import { isSynchronized, type TcpState } from './states';
import { toSnapshot } from './simulate';
import { createEndpoint, DEFAULT_ENDPOINT_CONFIG } from './tcbOps';
import type { Endpoint, EndpointConfig } from './tcb';
import type { StepResult } from './stepResult';
import type { AppEvent, InferenceNote, SegmentMark, StepInput, Trace, TraceSegment, TraceStep } from './trace';
import { createSocket } from './socket';

/** A capture shows no application: the socket view (listener, unread bytes, connection number) keeps its defaults. */
const UNSEEN_APP = createSocket();

/** One segment as the capture shows it, already told apart by direction. */
export interface ObservedSegment {
  readonly from: Side;
  /** Capture time in ms since the capture's first frame. */
  readonly t: number;
  readonly segment: Segment;
  /** Frame number in the file (1-based, as Wireshark counts). */
  readonly frame: number;
  /** The snaplen cut the payload; `segment.len` still counts what was on the wire. */
  readonly truncated: boolean;
}

export interface CaptureObservation {
  /** Goes into `trace.scenario`, e.g. "capture:lab.pcapng#0". */
  readonly name: string;
  /** In capture order. */
  readonly segments: readonly ObservedSegment[];
}

/** Drawn when the capture point cannot be placed: 1 ms each way, and said so. */
export const NOMINAL_DELAY_MS = 1;
/** An ACK this soon after the data it answers was not delayed (Linux's delayed ACK is ≥ 40 ms; quick-ACK mode sends at once). */
const QUICK_ACK_MS = 5;
/** The same segment again within this many ms is a network copy: no stack retransmits that fast (Linux's minimum RTO is 200 ms). */
const DUPLICATE_WITHIN_MS = 3;

interface Happening {
  readonly kind: 'send' | 'arrive';
  readonly side: Side;
  readonly t: number;
  /** Index into the observed segments. */
  readonly i: number;
  /** It had to wait for an arrival its ACK covers (see `prerequisite`). */
  readonly waited?: boolean;
}

interface Owed {
  readonly step: number;
  readonly segment: Segment;
}

export function inferFromCapture(observation: CaptureObservation): Trace {
  return new Inference(observation).run();
}

class Inference {
  private readonly obs: readonly ObservedSegment[];
  private readonly endpoints: Record<Side, Endpoint>;
  private readonly initial: Trace['initial'];
  private readonly steps: TraceStep[] = [];
  private readonly stepNotes: InferenceNote[][] = [];
  private readonly records: TraceSegment[];
  private readonly marks: SegmentMark[][];
  /** For a network copy, the index of the segment it copies. */
  private readonly copyOf: (number | null)[];
  /** For each segment, the indices of its network copies. */
  private readonly copies = new Map<number, number[]>();
  /** Segments whose send has been applied; arrivals not yet applied, per receiving side (ascending). */
  private readonly sent = new Set<number>();
  private readonly unarrived: Record<Side, Pending> = { client: new Pending(), server: new Pending() };
  /** What each side's engine sent that no captured segment has matched yet. */
  private readonly owed: Record<Side, Owed[]> = { client: [], server: [] };
  private readonly notes: InferenceNote[] = [];
  private readonly delay: Record<Side, number>;
  private readonly delayKnown: boolean;
  private readonly isn: Record<Side, number>;
  /** When each side last took an arrival: a delayed ACK's real delay is measured from it. */
  private readonly lastArrival: Record<Side, number> = { client: 0, server: 0 };

  constructor(private readonly observation: CaptureObservation) {
    this.obs = observation.segments;
    const marked = markSegments(this.obs);
    this.marks = marked.map((m) => m.marks);
    this.copyOf = marked.map((m) => m.copyOf);
    this.copyOf.forEach((original, i) => {
      if (original !== null) this.copies.set(original, [...(this.copies.get(original) ?? []), i]);
    });
    const timed = handshakeDelays(this.obs);
    this.delayKnown = timed !== null;
    this.delay = timed ?? { client: NOMINAL_DELAY_MS, server: NOMINAL_DELAY_MS };
    if (!this.delayKnown) this.notes.push({ key: 'capturePointUnknown' });
    const start = startingPoint(this.obs);
    this.isn = start.isn;
    if (start.kind === 'mid') this.notes.push({ key: 'midConnection' });
    this.endpoints = start.endpoints;
    this.initial = { client: toSnapshot(this.endpoints.client, UNSEEN_APP), server: toSnapshot(this.endpoints.server, UNSEEN_APP) };
    const shift = Math.max(this.delay.client, this.delay.server);
    this.records = this.obs.map((o, index) => this.record(o, index, shift));
  }

  /** The segment as drawn: sent and received at the estimated local times. */
  private record(o: ObservedSegment, index: number, shift: number): TraceSegment {
    const to = otherSide(o.from);
    const marks = this.marks[index] ?? [];
    const original = this.copyOf[index] ?? null;
    return {
      ...o.segment,
      flags: labelFlags(o.segment.flags),
      id: index + 1,
      from: o.from,
      to,
      sentAt: o.t - this.delay[o.from] + shift,
      arrivesAt: o.t + this.delay[to] + shift,
      fate: original === null ? 'deliver' : 'duplicate',
      lost: false,
      retransmission: marks.includes('retransmission'),
      origin: 'endpoint',
      duplicateOf: original === null ? null : original + 1,
      sentStep: -1,
      arrivalStep: null,
    };
  }

  run(): Trace {
    const shift = Math.max(this.delay.client, this.delay.server);
    if (this.needsListen()) this.listenFirst();
    const agenda = new Agenda(this.happenings(shift));
    this.obs.forEach((o, i) => this.unarrived[otherSide(o.from)].add(i));

    for (let next = agenda.next(); next; next = agenda.next()) {
      const waitFor = this.prerequisite(next);
      if (waitFor) {
        agenda.waitFor(waitFor, next.kind === 'send' ? { ...next, waited: true } : next);
        continue;
      }
      if (next.kind === 'send') {
        this.send(next, next.waited === true);
        this.sent.add(next.i);
      } else {
        this.arrive(next);
        this.unarrived[next.side].remove(next.i);
      }
      agenda.done(next);
    }
    this.noteUnseenReplies();
    const steps = this.steps;
    return {
      scenario: this.observation.name,
      isn: this.isn,
      initial: this.initial,
      segments: this.records,
      steps,
      states: { client: history(this.initial.client.state, steps, 'client'), server: history(this.initial.server.state, steps, 'server') },
      endTime: steps[steps.length - 1]?.t ?? 0,
      horizon: null,
      inference: {
        source: 'capture',
        captureDelayMs: this.delayKnown ? { ...this.delay } : null,
        notes: this.notes,
        stepNotes: this.stepNotes,
        segments: this.obs.map((o, i) => ({ frame: o.frame, marks: this.marks[i] ?? [] })),
      },
    };
  }

  /** A server that answers a SYN with a SYN,ACK was listening (RFC 9293 §3.10.7.2). */
  private needsListen(): boolean {
    return this.endpoints.server.state === 'CLOSED' && this.obs.some((o) => o.from === 'server' && isSynAck(o.segment));
  }

  private listenFirst(): void {
    const result = endpointStep(this.endpoints.server, { kind: 'call', call: 'listen' }, 0);
    this.apply('server', 0, { kind: 'call', call: 'listen' }, 'listen()', result, [], [{ key: 'assumedListen', side: 'server' }]);
  }

  private happenings(shift: number): Happening[] {
    const list: Happening[] = [];
    this.obs.forEach((o, i) => {
      const record = this.records[i] as TraceSegment;
      // A network copy was sent once: only its arrival is an event.
      if (record.duplicateOf === null) list.push({ kind: 'send', side: o.from, t: record.sentAt, i });
      list.push({ kind: 'arrive', side: otherSide(o.from), t: o.t + this.delay[otherSide(o.from)] + shift, i });
    });
    return list.sort((a, b) => (earlier(a, b) ? -1 : earlier(b, a) ? 1 : 0));
  }

  /**
   * What must happen before this can, if anything is still pending: a segment arrives only after
   * it was sent; a segment is sent only after the arrivals its ACK covers (§3.10.7.4: it carries
   * RCV.NXT). When the timing estimate says otherwise, the ACK number wins and the step says so.
   * Only arrivals not yet applied are looked at (a few: those in flight), so this stays cheap.
   */
  private prerequisite(h: Happening): Happening | null {
    if (h.kind === 'arrive') {
      const needsSend = this.copyOf[h.i] === null && !this.sent.has(h.i);
      return needsSend ? { kind: 'send', side: otherSide(h.side), t: h.t, i: h.i } : null;
    }
    const ack = (this.obs[h.i] as ObservedSegment).segment.ack;
    if (ack === null) return null;
    let last: number | null = null;
    for (const j of this.unarrived[h.side].below(h.i)) {
      const other = (this.obs[j] as ObservedSegment).segment;
      const len = segmentSeqLength(other);
      if (len > 0 && seqLe(seqAdd(other.seq, len), ack)) last = j;
    }
    return last === null ? null : { kind: 'arrive', side: h.side, t: h.t, i: last };
  }

  private arrive(h: Happening): void {
    const t = h.t;
    const o = this.obs[h.i] as ObservedSegment;
    const record = this.records[h.i] as TraceSegment;
    const notes: InferenceNote[] = [];
    const marks = this.marks[h.i] ?? [];
    if (marks.includes('after-gap')) notes.push({ key: 'missingBefore', side: h.side });
    if (marks.includes('out-of-order')) notes.push({ key: 'outOfOrderNotQueued', side: h.side });
    const input: EndpointInput = { kind: 'segment', segment: o.segment };
    const result = endpointStep(this.endpoints[h.side], input, t);
    this.lastArrival[h.side] = t;
    const index = this.apply(
      h.side,
      t,
      { kind: 'segment', segmentId: record.id },
      `receive #${record.id} ${record.flags.join(',')}`,
      result,
      [],
      notes,
    );
    this.records[h.i] = { ...record, arrivalStep: index, arrivesAt: Math.max(record.arrivesAt, t) };
    this.owed[h.side].push(...result.emitted.map((e) => ({ step: index, segment: e.segment })));
  }

  private send(h: Happening, waitedForAck: boolean): void {
    const o = this.obs[h.i] as ObservedSegment;
    const id = h.i + 1;
    const claimed = this.claim(h.side, o.segment);
    if (claimed !== null) {
      this.attach(claimed, h.i);
      if (waitedForAck) this.stepNotes[claimed]?.push({ key: 'orderFromAck', side: h.side });
      return;
    }
    const ep = this.endpoints[h.side];
    const notes: InferenceNote[] = waitedForAck ? [{ key: 'orderFromAck', side: h.side }] : [];
    const inputs = inputsFor(ep, o.segment, this.marks[h.i] ?? []);
    if (inputs.length === 0) {
      notes.push({ key: 'notExplained', side: h.side, params: { flags: labelFlags(o.segment.flags).join(', ') } });
      const index = this.apply(
        h.side,
        h.t,
        { kind: 'captured', segmentId: id },
        `send #${id} ${labelFlags(o.segment.flags).join(',')} (as captured)`,
        unchanged(ep),
        [id],
        notes,
      );
      this.setSentStep(h.i, index);
      return;
    }
    // Each input is applied in turn; the captured segment belongs to the last step. What the
    // engine sent on the way that the capture shows later (more segments of one send()) is owed.
    const results: { input: EndpointInput; emitted: Segment[] }[] = [];
    let last = -1;
    inputs.forEach((input, k) => {
      const isLast = k === inputs.length - 1;
      const result = endpointStep(this.endpoints[h.side], input, h.t);
      const emitted = result.emitted.map((e) => e.segment);
      results.push({ input, emitted });
      if (isLast)
        notes.push(
          ...this.sendNotes(
            h.side,
            o.segment,
            results.flatMap((r) => r.emitted),
          ),
        );
      if (isLast && result.rule === 'delayed-ack' && h.t - this.lastArrival[h.side] < QUICK_ACK_MS) {
        notes.push({ key: 'ackAtOnce', side: h.side, params: { delay: Math.round((h.t - this.lastArrival[h.side]) * 1000) / 1000 } });
      }
      last = this.apply(h.side, h.t, stepInputOf(input), labelOf(input), result, isLast ? [id] : [], isLast ? notes : []);
    });
    const all = results.flatMap((r) => r.emitted);
    const match = all.findIndex((s) => sameKind(s, o.segment));
    // When the engine sent something else, that was its version of this segment: nothing is owed.
    if (match >= 0) this.owed[h.side].push(...all.filter((_, j) => j !== match).map((segment) => ({ step: last, segment })));
    this.setSentStep(h.i, last);
  }

  private sendNotes(side: Side, seg: Segment, emitted: readonly Segment[]): InferenceNote[] {
    const notes: InferenceNote[] = [];
    if (hasFlag(seg, 'FIN') && !hasFlag(seg, 'RST')) notes.push({ key: 'closeOrShutdown', side });
    if (!emitted.some((s) => sameKind(s, seg))) {
      const engine = emitted.map(describeSegment).join('; ');
      notes.push({ key: engine ? 'engineDiffers' : 'notExplained', side, params: { engine, flags: labelFlags(seg.flags).join(', ') } });
    }
    return notes;
  }

  /** An engine emission still owed that this captured segment is. Older bare ACKs it supersedes are dropped. */
  private claim(side: Side, seg: Segment): number | null {
    const owed = this.owed[side];
    const at = owed.findIndex((o) => sameKind(o.segment, seg));
    if (at < 0) {
      if (seg.ack !== null) this.owed[side] = owed.filter((o) => !(isBareAck(o.segment) && seqLe(o.segment.ack ?? 0, seg.ack ?? 0)));
      return null;
    }
    const found = owed[at] as Owed;
    this.owed[side] = owed.filter((o, j) => j > at || (j < at && !isBareAck(o.segment)));
    return found.step;
  }

  private attach(step: number, i: number): void {
    const s = this.steps[step] as TraceStep;
    this.steps[step] = { ...s, emitted: [...s.emitted, i + 1] };
    this.setSentStep(i, step);
  }

  private setSentStep(i: number, step: number): void {
    const record = this.records[i] as TraceSegment;
    const stepT = (this.steps[step] as TraceStep).t;
    this.records[i] = { ...record, sentStep: step, sentAt: Math.max(record.sentAt, stepT) };
    // Copies the network made of it leave with it.
    for (const j of this.copies.get(i) ?? []) this.records[j] = { ...(this.records[j] as TraceSegment), sentStep: step };
  }

  private apply(
    side: Side,
    t: number,
    input: StepInput,
    event: string,
    result: StepResult,
    emitted: readonly number[],
    notes: readonly InferenceNote[],
  ): number {
    const before = this.endpoints[side];
    this.endpoints[side] = result.endpoint;
    const index = this.steps.length;
    this.steps.push({
      index,
      t,
      side,
      input,
      event,
      from: before.state,
      to: result.endpoint.state,
      rule: result.rule,
      rfc: RULES[result.rule],
      // The explanation says how long the ACK waited: in a capture, the real wait, not the engine's 40 ms.
      params:
        result.rule === 'delayed-ack' ? { ...result.params, delay: Math.round((t - this.lastArrival[side]) * 10) / 10 } : result.params,
      emitted,
      app: result.app as readonly AppEvent[],
      after: { client: toSnapshot(this.endpoints.client, UNSEEN_APP), server: toSnapshot(this.endpoints.server, UNSEEN_APP) },
    });
    this.stepNotes.push([...notes]);
    return index;
  }

  /** Replies the engine would have sent that never showed up in the capture: said on the step that made them. */
  private noteUnseenReplies(): void {
    for (const side of ['client', 'server'] as const) {
      for (const owed of this.owed[side]) {
        if (isBareAck(owed.segment)) continue;
        this.stepNotes[owed.step]?.push({ key: 'engineReplyUnseen', side, params: { engine: describeSegment(owed.segment) } });
      }
    }
  }
}

/**
 * Indices added in ascending order and removed in any order; `below(n)` walks those still there
 * under n from the lowest, which moves up as the front is removed, so a walk covers only what is
 * in flight (a Set would keep walking over every removed entry until it rehashes).
 */
class Pending {
  private readonly list: number[] = [];
  private readonly removed = new Set<number>();
  private front = 0;

  add(i: number): void {
    this.list.push(i);
  }

  remove(i: number): void {
    this.removed.add(i);
    while (this.front < this.list.length && this.removed.has(this.list[this.front] as number)) {
      this.removed.delete(this.list[this.front] as number);
      this.front += 1;
    }
  }

  *below(n: number): Generator<number> {
    for (let k = this.front; k < this.list.length; k++) {
      const i = this.list[k] as number;
      if (i >= n) return;
      if (!this.removed.has(i)) yield i;
    }
  }
}

/**
 * The happenings in order, with some held back until another has been applied: a held one is
 * released at the time of what it waited for, and goes before anything later.
 */
class Agenda {
  private head = 0;
  private readonly ready: Happening[] = [];
  private readonly waiting = new Map<string, Happening[]>();

  constructor(private readonly order: readonly Happening[]) {}

  next(): Happening | undefined {
    const held = this.ready[0];
    const queued = this.order[this.head];
    if (held && (!queued || !earlier(queued, held))) return this.ready.shift();
    if (queued) this.head += 1;
    return queued;
  }

  waitFor(what: Happening, who: Happening): void {
    const key = keyOf(what);
    this.waiting.set(key, [...(this.waiting.get(key) ?? []), who]);
  }

  done(what: Happening): void {
    const key = keyOf(what);
    const released = this.waiting.get(key);
    if (!released) return;
    this.waiting.delete(key);
    this.ready.push(...released.map((h) => ({ ...h, t: Math.max(h.t, what.t) })));
    this.ready.sort((a, b) => (earlier(a, b) ? -1 : earlier(b, a) ? 1 : 0));
  }
}

const keyOf = (h: Happening) => `${h.kind}${h.i}`;

/** Local time first; at the same instant, capture order, and a segment's send before its arrival. */
function earlier(a: Happening, b: Happening): boolean {
  if (a.t !== b.t) return a.t < b.t;
  if (a.i !== b.i) return a.i < b.i;
  return a.kind === 'send' && b.kind === 'arrive';
}

/** The handshake's timing, or null when the capture has none to time. */
function handshakeDelays(obs: readonly ObservedSegment[]): Record<Side, number> | null {
  const first = obs.find((o) => o.from === 'client' && isPureSyn(o.segment));
  if (!first) return null;
  const synAck = obs.find(
    (o) => o.from === 'server' && isSynAck(o.segment) && o.segment.ack === seqAdd(first.segment.seq, 1) && o.t >= first.t,
  );
  if (!synAck) return null;
  // A SYN sent again answers to the same SYN,ACK: time the last one before it, as RFC 6298 §3
  // (Karn) warns, a round trip measured from the first copy would count the retransmission timeout.
  const syn =
    obs.findLast((o) => o.from === 'client' && isPureSyn(o.segment) && o.segment.seq === first.segment.seq && o.t <= synAck.t) ?? first;
  const ack = obs.find(
    (o) => o.from === 'client' && !hasFlag(o.segment, 'SYN') && o.segment.ack === seqAdd(synAck.segment.seq, 1) && o.t >= synAck.t,
  );
  if (!ack) return null;
  // Half of each side's round trip as seen from the capture point (processing time included).
  return { server: (synAck.t - syn.t) / 2, client: (ack.t - synAck.t) / 2 };
}

type Start =
  | { readonly kind: 'handshake'; readonly endpoints: Record<Side, Endpoint>; readonly isn: Record<Side, number> }
  | { readonly kind: 'mid'; readonly endpoints: Record<Side, Endpoint>; readonly isn: Record<Side, number> };

/**
 * Where the engine starts. A capture that opens with a SYN starts both sides CLOSED, with the
 * ISNs the capture shows (RFC 9293 §3.4.1 leaves their choice to the host). Any other capture
 * began mid-connection: both sides are taken to be ESTABLISHED, their numbers read off the first
 * segment — an assumption, said so on screen.
 */
function startingPoint(obs: readonly ObservedSegment[]): Start {
  const first = obs[0];
  const configs = { client: configFor(obs, 'client'), server: configFor(obs, 'server') };
  if (first && isPureSyn(first.segment)) {
    const serverSyn = obs.find((o) => o.from === 'server' && hasFlag(o.segment, 'SYN'));
    const isn = { client: first.segment.seq, server: serverSyn?.segment.seq ?? 0 };
    return {
      kind: 'handshake',
      isn,
      endpoints: {
        client: createEndpoint('client', { ...configs.client, iss: isn.client }),
        server: createEndpoint('server', { ...configs.server, iss: isn.server }),
      },
    };
  }
  const a = first?.from ?? 'client';
  const aSeq = first?.segment.seq ?? 0;
  const firstOfB = obs.find((o) => o.from !== a);
  const bSeq = first?.segment.ack ?? firstOfB?.segment.seq ?? 0;
  const aRcv = first?.segment.ack ?? firstOfB?.segment.seq ?? 0;
  const snd: Record<Side, number> = a === 'client' ? { client: aSeq, server: bSeq } : { client: bSeq, server: aSeq };
  const rcv: Record<Side, number> = a === 'client' ? { client: aRcv, server: aSeq } : { client: aSeq, server: aRcv };
  const established = (side: Side): Endpoint => {
    const ep = createEndpoint(side, { ...configs[side], iss: snd[side] });
    return {
      ...ep,
      state: 'ESTABLISHED',
      irs: rcv[side],
      sndUna: snd[side],
      sndNxt: snd[side],
      rcvNxt: rcv[side],
      sndWnd: configs[otherSide(side)].window,
      passiveOpen: side === 'server',
    };
  };
  return { kind: 'mid', isn: snd, endpoints: { client: established('client'), server: established('server') } };
}

/**
 * Each side's endpoint as the capture shows it: its ports, its MSS, and a receive window as large
 * as the largest it advertised (scaled by its window-scale option, RFC 7323 §2.2), so the engine's
 * acceptability test (§3.3.2) judges the real stream, not the engine's default 64240 bytes.
 */
function configFor(obs: readonly ObservedSegment[], side: Side): EndpointConfig {
  const mine = obs.filter((o) => o.from === side);
  const syn = mine.find((o) => hasFlag(o.segment, 'SYN'));
  const peerSyn = obs.find((o) => o.from !== side && hasFlag(o.segment, 'SYN'));
  const scaled = syn?.segment.options?.windowScale !== undefined && peerSyn?.segment.options?.windowScale !== undefined;
  const shift = scaled ? Math.min(14, syn?.segment.options?.windowScale ?? 0) : 0;
  const largest = mine.reduce((max, o) => Math.max(max, hasFlag(o.segment, 'SYN') ? o.segment.window : o.segment.window * 2 ** shift), 0);
  const first = mine[0] ?? obs.find((o) => o.from !== side);
  const localPort = mine[0]?.segment.srcPort ?? first?.segment.dstPort ?? 0;
  const remotePort = mine[0]?.segment.dstPort ?? first?.segment.srcPort ?? 0;
  return {
    ...DEFAULT_ENDPOINT_CONFIG,
    iss: 0,
    localPort,
    remotePort,
    window: Math.max(largest, 65535),
    mss: syn?.segment.options?.mss ?? DEFAULT_ENDPOINT_CONFIG.mss,
  };
}

/**
 * Which inputs make this side's engine send what the capture shows (RFC 9293 §3.10): a SYN is
 * connect(), data is send(), a FIN is close(), a RST from a connection is abort(); sequence
 * space sent before comes from the retransmission timer; a bare ACK from a pending delayed ACK.
 * Empty when nothing the engine knows would send it here.
 */
function inputsFor(ep: Endpoint, seg: Segment, marks: readonly SegmentMark[]): EndpointInput[] {
  const seqLen = segmentSeqLength(seg);
  const queued = ep.retransmitQueue.length > 0;
  const resent = seqLen > 0 && (marks.includes('retransmission') || seqLt(seg.seq, ep.sndNxt));
  if (hasFlag(seg, 'RST')) {
    return isSynchronized(ep.state) || ep.state === 'SYN-RECEIVED' ? [{ kind: 'call', call: 'abort' }] : [];
  }
  if (hasFlag(seg, 'SYN')) {
    if (!hasFlag(seg, 'ACK') && (ep.state === 'CLOSED' || ep.state === 'LISTEN')) {
      // A SYN carrying data (TCP Fast Open, RFC 7413): the data is queued until ESTABLISHED (§3.10.2).
      return seg.len > 0
        ? [
            { kind: 'call', call: 'connect' },
            { kind: 'call', call: 'send', bytes: seg.len },
          ]
        : [{ kind: 'call', call: 'connect' }];
    }
    return resent && queued ? [{ kind: 'timer', timer: 'retransmit' }] : [];
  }
  if (resent) return queued ? [{ kind: 'timer', timer: 'retransmit' }] : [];
  const inputs: EndpointInput[] = [];
  if (seg.len > 0) inputs.push({ kind: 'call', call: 'send', bytes: seg.len });
  if (hasFlag(seg, 'FIN')) inputs.push({ kind: 'call', call: 'close' });
  if (inputs.length > 0) return inputs;
  return ep.timers.delayedAck !== null ? [{ kind: 'timer', timer: 'delayedAck' }] : [];
}

/**
 * Marks from the sequence numbers alone, per direction: a copy within a few ms is a duplicate;
 * sequence space seen before is a retransmission; a segment filling a hole is out of order; one
 * that starts past everything seen leaves a gap (bytes never captured).
 */
export function markSegments(obs: readonly ObservedSegment[]): { marks: SegmentMark[]; copyOf: number | null }[] {
  const highest: Partial<Record<Side, number>> = {};
  const covered: Record<Side, Coverage> = { client: new Coverage(), server: new Coverage() };
  const lastSeen = new Map<string, number>();
  return obs.map((o, i) => {
    const marks: SegmentMark[] = [];
    if (o.truncated) marks.push('truncated');
    const seg = o.segment;
    const len = segmentSeqLength(seg);
    const key = `${o.from}|${seg.seq}|${seg.ack}|${seg.len}|${seg.window}|${seg.flags.join()}`;
    const before = lastSeen.get(key);
    lastSeen.set(key, i);
    const earlierCopy = before === undefined ? undefined : obs[before];
    if (earlierCopy && o.t - earlierCopy.t < DUPLICATE_WITHIN_MS && (len > 0 || hasFlag(seg, 'RST'))) {
      return { marks: [...marks, 'duplicate'], copyOf: before ?? null };
    }
    if (len === 0) return { marks, copyOf: null };
    const start = seg.seq;
    const end = seqAdd(seg.seq, len);
    const top = highest[o.from];
    if (top !== undefined) {
      if (seqGt(start, top)) marks.push('after-gap');
      else if (seqLt(start, top)) marks.push(covered[o.from].overlaps(start, end) ? 'retransmission' : 'out-of-order');
    }
    covered[o.from].add(start, end);
    if (top === undefined || seqGt(end, top)) highest[o.from] = end;
    return { marks, copyOf: null };
  });
}

/**
 * The sequence space one direction has shown, as merged ranges: an ordinary stream stays one
 * range (plus one per hole), so a long connection is marked in linear time.
 */
class Coverage {
  private ranges: { start: number; end: number }[] = [];

  overlaps(start: number, end: number): boolean {
    return this.ranges.some((r) => seqLt(start, r.end) && seqLt(r.start, end));
  }

  add(start: number, end: number): void {
    let merged = { start, end };
    const rest: { start: number; end: number }[] = [];
    for (const r of this.ranges) {
      if (seqLe(merged.start, r.end) && seqLe(r.start, merged.end)) {
        merged = { start: seqLt(r.start, merged.start) ? r.start : merged.start, end: seqGt(r.end, merged.end) ? r.end : merged.end };
      } else rest.push(r);
    }
    rest.push(merged);
    this.ranges = rest;
  }
}

function stepInputOf(input: EndpointInput): StepInput {
  switch (input.kind) {
    case 'call':
      return input.call === 'send' ? { kind: 'call', call: 'send', bytes: input.bytes ?? 0 } : { kind: 'call', call: input.call };
    case 'timer':
      return { kind: 'timer', timer: input.timer };
    case 'segment':
      throw new Error('an arrival is not a send');
  }
}

function labelOf(input: EndpointInput): string {
  switch (input.kind) {
    case 'call':
      return input.call === 'send'
        ? `send(${input.bytes ?? 0} bytes)`
        : input.call === 'abort'
          ? 'abort() (SO_LINGER 0)'
          : `${input.call}()`;
    case 'timer':
      return input.timer === 'retransmit' ? 'retransmission timeout' : 'delayed-ACK timer';
    case 'segment':
      return 'receive';
  }
}

function unchanged(ep: Endpoint): StepResult {
  return { endpoint: ep, emitted: [], rule: 'capture-unexplained', params: {}, app: [] };
}

function history(initial: TcpState, steps: readonly TraceStep[], side: Side): TcpState[] {
  const states: TcpState[] = [initial];
  for (const step of steps) {
    const state = step.after[side].state;
    if (states[states.length - 1] !== state) states.push(state);
  }
  return states;
}

/** The control bits that decide what a segment is (PSH, URG, ECE, CWR do not). */
const KIND_BITS = ['SYN', 'FIN', 'RST', 'ACK'] as const;

/**
 * Same kind of segment at the same place in the sequence space: the engine's emission is this
 * captured one. A reset counts as one with or without ACK (Linux's abort sends RST,ACK where
 * §3.10.5 writes a bare RST; tcp-rules.md).
 */
function sameKind(a: Segment, b: Segment): boolean {
  if (hasFlag(a, 'RST') || hasFlag(b, 'RST')) return hasFlag(a, 'RST') && hasFlag(b, 'RST') && a.seq === b.seq;
  return (
    KIND_BITS.every((bit) => hasFlag(a, bit) === hasFlag(b, bit)) &&
    a.seq === b.seq &&
    a.len === b.len &&
    (!hasFlag(a, 'ACK') || a.ack === b.ack)
  );
}

function isPureSyn(seg: Segment): boolean {
  return hasFlag(seg, 'SYN') && !hasFlag(seg, 'ACK') && !hasFlag(seg, 'RST') && !hasFlag(seg, 'FIN');
}

function isSynAck(seg: Segment): boolean {
  return hasFlag(seg, 'SYN') && hasFlag(seg, 'ACK') && !hasFlag(seg, 'RST') && !hasFlag(seg, 'FIN');
}

function isBareAck(seg: Segment): boolean {
  return seg.flags.length === 1 && hasFlag(seg, 'ACK') && seg.len === 0;
}

function describeSegment(seg: Segment): string {
  return `${labelFlags(seg.flags).join(', ')} seq=${seg.seq}${seg.ack === null ? '' : ` ack=${seg.ack}`}${seg.len > 0 ? ` len=${seg.len}` : ''}`;
}
