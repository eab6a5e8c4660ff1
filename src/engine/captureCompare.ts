/**
 * Compare (issue 12 §1): the engine's own run of the socket calls a capture shows, laid beside
 * the capture, and the first place the two differ.
 *
 * The replay is derived from the trace the inference made of the capture (captureInference.ts):
 * its socket calls at the times the inference placed them, the one-way latency its handshake
 * measured, the MSS and window each side announced, and the segments the capture shows were lost.
 * Then `simulate`'s loop runs it under the chosen profile. Nothing here is a second engine: the
 * run is an ordinary simulation of an ordinary scenario. What the capture cannot tell (a listen()
 * nobody saw, close() or shutdown(), where the capture point was) is written down beside it.
 *
 * The comparison goes side by side: each side's segments in the order it sent them, the capture's
 * against the engine's, then each side's state after sending and after receiving them. The first
 * difference in time across both sides is the answer.
 */
import { NOMINAL_DELAY_MS } from './captureInference';
import { DEFAULT_OPTIONS, type SimOptions } from './options';
import type { Profile } from './profile';
import type { CallTrigger, Scenario, ScriptedCall } from './scenario';
import { hasFlag, SIDES, segmentSeqLength, type ControlBit, type Side } from './segment';
import { seqAdd, seqGt } from './seq';
import { createSimulation, MAX_STEPS } from './simulate';
import type { TcpState } from './states';
import type { EndpointConfig } from './tcb';
import type { AppEvent, Trace, TraceSegment, TraceStep } from './trace';

/** What the replay had to take for granted, in the order a reader meets it. */
export type ReplayAssumption =
  /** No capture shows listen(): the server's is placed at the start, since it answered a SYN. */
  | { readonly kind: 'listenAssumed' }
  /** The capture never shows the server answer: whether anything listened cannot be known. */
  | { readonly kind: 'serverUnseen' }
  /** A FIN: taken as close(), or as shutdown() when data kept reaching that side and it kept acknowledging it. */
  | { readonly kind: 'finCall'; readonly side: Side; readonly call: 'close' | 'shutdown' }
  /** One-way latency from the handshake's round trips, or a nominal one when there was none to time. */
  | { readonly kind: 'latency'; readonly ms: number; readonly measured: boolean }
  /** Bytes the capture never showed before a later segment: lost before the capture point. */
  | { readonly kind: 'lostBeforeCapture'; readonly side: Side; readonly seq: number; readonly bytes: number }
  /** Sent twice with nothing from the peer in between: the first copy was lost past the capture point. */
  | { readonly kind: 'lostAfterCapture'; readonly side: Side; readonly seq: number }
  /** Segments no socket call or timer explains (the inference's "as captured" steps): no call stands for them. */
  | { readonly kind: 'unexplained'; readonly side: Side; readonly segments: readonly number[] }
  /** The capture is longer than one engine run: only its first part is compared. */
  | { readonly kind: 'truncated'; readonly untilMs: number };

/** Why there is nothing to replay. */
export type ReplayRefusal =
  /** The capture starts after the handshake: the engine starts every run in CLOSED. */
  'midConnection';

/** A segment of the engine's run that the network must lose, picked by its sender and first sequence number. */
export interface PlannedLoss {
  readonly from: Side;
  readonly seq: number;
  /** Whether the capture point saw it before it was lost. */
  readonly seen: boolean;
}

export interface CaptureReplay {
  readonly scenario: Scenario;
  readonly options: SimOptions;
  readonly losses: readonly PlannedLoss[];
  readonly assumptions: readonly ReplayAssumption[];
  /** Capture time up to which the two runs are compared (the capture's end, or where the replay stops). */
  readonly untilMs: number;
}

/** Where one run stands at the difference. */
export interface RunPoint {
  /** The differing segment in this run, or null when this run sent none there. */
  readonly segmentId: number | null;
  /** The step to show: the one that sent the segment, or the run's last step before the difference. */
  readonly step: number | null;
  /** The state of the differing side after that step. */
  readonly state: TcpState;
}

export interface CaptureDifference {
  /** A segment differs (or only one run has it), or the segments agree and a state does not. */
  readonly kind: 'segment' | 'state';
  readonly side: Side;
  /** Capture time of the difference. */
  readonly t: number;
  readonly capture: RunPoint;
  readonly engine: RunPoint;
  /** The engine step whose rule says why it did what it did there. */
  readonly engineWhy: number | null;
}

export type CaptureComparison =
  | { readonly ok: false; readonly reason: ReplayRefusal }
  | {
      readonly ok: true;
      readonly profile: Profile;
      readonly replay: CaptureReplay;
      readonly engine: Trace;
      /** Null: the runs agree as far as the capture shows. */
      readonly difference: CaptureDifference | null;
    };

export function compareWithEngine(capture: Trace, profile: Profile): CaptureComparison {
  const derived = deriveReplay(capture, profile);
  if (!derived.ok) return derived;
  const { trace: engine, unseen } = runReplay(derived.replay);
  return {
    ok: true,
    profile,
    replay: derived.replay,
    engine,
    difference: firstDifference(capture, engine, unseen, derived.replay.untilMs),
  };
}

/** The scenario and options that replay a captured connection, or why none can. */
export function deriveReplay(
  capture: Trace,
  profile: Profile,
): { readonly ok: true; readonly replay: CaptureReplay } | { readonly ok: false; readonly reason: ReplayRefusal } {
  const inference = capture.inference;
  if (inference?.notes.some((n) => n.key === 'midConnection')) return { ok: false, reason: 'midConnection' };
  const assumptions: ReplayAssumption[] = [];
  // One run of the engine stops at MAX_STEPS; so does the part of a longer capture we compare.
  const last = capture.steps[Math.min(capture.steps.length, MAX_STEPS) - 1];
  // A call moved just after an arrival at the capture's last instant still belongs to it.
  const untilMs = (last?.t ?? 0) + 2 * AFTER_MS;
  if (capture.steps.length > MAX_STEPS) assumptions.push({ kind: 'truncated', untilMs });
  const steps = capture.steps.filter((s) => s.t <= untilMs);

  if (steps.some((s) => s.input.kind === 'call' && s.input.call === 'listen')) assumptions.push({ kind: 'listenAssumed' });
  else if (!capture.segments.some((s) => s.from === 'server')) assumptions.push({ kind: 'serverUnseen' });

  const delay = inference?.captureDelayMs ?? null;
  // Without a handshake to time, the inference's stand-in distance from each side to the capture point.
  const latencyMs = delay ? delay.client + delay.server : 2 * NOMINAL_DELAY_MS;
  assumptions.push({ kind: 'latency', ms: latencyMs, measured: delay !== null });

  const calls: ScriptedCall[] = [];
  for (const step of steps) {
    const input = step.input;
    if (input.kind !== 'call') continue;
    const when = callTrigger(steps, step);
    if (input.call === 'close') {
      const call = finCall(capture, step);
      assumptions.push({ kind: 'finCall', side: step.side, call });
      calls.push({ side: step.side, call, when });
    } else calls.push({ side: step.side, call: input.call, ...(input.bytes ? { bytes: input.bytes } : {}), when });
  }
  for (const side of SIDES) {
    const segments = steps.filter((s) => s.side === side && s.input.kind === 'captured').flatMap((s) => s.emitted);
    if (segments.length > 0) assumptions.push({ kind: 'unexplained', side, segments });
  }

  const losses = plannedLosses(capture, untilMs, calls, assumptions);
  const options: SimOptions = {
    ...DEFAULT_OPTIONS,
    isnMode: 'fixed',
    isnClient: capture.isn.client,
    isnServer: capture.isn.server,
    latencyMs,
    profile,
  };
  const scenario: Scenario = {
    id: `${capture.scenario} (replay)`,
    calls: calls.sort((a, b) => at(a) - at(b)),
    endpoints: { client: announced(capture, 'client'), server: announced(capture, 'server') },
  };
  return { ok: true, replay: { scenario, options, losses, assumptions, untilMs } };
}

const at = (call: ScriptedCall) => ('at' in call.when ? call.when.at : Infinity);

/**
 * Far below a capture's microsecond resolution, and far above the rounding of times in ms: enough
 * to put a call after an arrival of the same instant.
 */
const AFTER_MS = 1e-4;

/** What an application sees once per connection: a call at that instant answered it. */
const ONCE: readonly AppEvent[] = ['eof', 'connect-returned', 'accept-returned'];

/**
 * When the replay makes a call: when the inference placed it. At one instant the simulation takes
 * calls before arrivals, so a call the inference placed right after an arrival (a close() as
 * read() returns 0 on the peer's FIN) becomes a reaction to what that arrival told the
 * application, as the built-in scenarios write it; after any other arrival, a moment later.
 */
function callTrigger(steps: readonly TraceStep[], step: TraceStep): CallTrigger {
  const sameInstant = steps.filter((s) => s.index < step.index && s.side === step.side && s.t === step.t);
  if (!sameInstant.some((s) => s.input.kind === 'segment')) return { at: step.t };
  const just = sameInstant[sameInstant.length - 1] as TraceStep;
  const event = just.input.kind === 'segment' ? just.app.find((e) => ONCE.includes(e)) : undefined;
  return event ? { after: { side: step.side, event }, delayMs: 0 } : { at: step.t + AFTER_MS };
}

/**
 * close() and shutdown(SHUT_WR) send the same FIN (RFC 9293 §3.6). They part when data arrives
 * afterwards: after close() the application will never read it and the host answers RST
 * (§3.6.1 SHLD-2); after shutdown() it is acknowledged. So a side that went on acknowledging the
 * peer's data after its FIN called shutdown(); otherwise close() is the likelier call.
 */
function finCall(capture: Trace, step: TraceStep): 'close' | 'shutdown' {
  const fin = capture.segments.find((s) => step.emitted.includes(s.id) && hasFlag(s, 'FIN'));
  if (!fin) return 'close';
  const laterData = capture.segments.some((s) => s.from !== step.side && s.len > 0 && s.sentAt > fin.sentAt);
  const resetAfter = capture.segments.some((s) => s.from === step.side && hasFlag(s, 'RST') && s.sentAt > fin.sentAt);
  return laterData && !resetAfter ? 'shutdown' : 'close';
}

/** The MSS and window each side put on its SYN, so the engine cuts and announces the same (RFC 9293 §3.7.1). */
function announced(capture: Trace, side: Side): Partial<Omit<EndpointConfig, 'iss' | 'timeWaitMs'>> {
  const syn = capture.segments.find((s) => s.from === side && hasFlag(s, 'SYN'));
  if (!syn) return {};
  return { ...(syn.options?.mss !== undefined ? { mss: syn.options.mss } : {}), ...(syn.window > 0 ? { window: syn.window } : {}) };
}

/**
 * The segments the capture shows were lost, per direction in sequence order:
 * - bytes that first appear after a gap were sent and lost before the capture point; the replay
 *   sends them (the inference has no call for them) and the network loses them unseen;
 * - a SYN, FIN or data sent again with nothing from the peer in between was lost past the
 *   capture point (the capture saw it go by), so the engine's timer resends it too.
 */
function plannedLosses(capture: Trace, untilMs: number, calls: ScriptedCall[], assumptions: ReplayAssumption[]): PlannedLoss[] {
  const losses: PlannedLoss[] = [];
  const marks = capture.inference?.segments ?? [];
  const highest: Partial<Record<Side, number>> = {};
  const firstSeen = new Map<string, TraceSegment>();
  for (const s of capture.segments) {
    if (s.sentAt > untilMs || s.duplicateOf !== null) continue;
    const len = segmentSeqLength(s);
    if (len === 0) continue;
    const top = highest[s.from];
    if (top !== undefined && marks[s.id - 1]?.marks.includes('after-gap')) {
      const bytes = (s.seq - top) >>> 0;
      losses.push({ from: s.from, seq: top, seen: false });
      assumptions.push({ kind: 'lostBeforeCapture', side: s.from, seq: top, bytes });
      // Sent just before the segment that follows the hole, in the same send() order.
      calls.push({ side: s.from, call: 'send', bytes, when: { at: Math.max(0, s.sentAt - 1e-3) } });
    }
    const key = `${s.from}|${s.seq}`;
    const original = firstSeen.get(key);
    if (original && !answeredBetween(capture, original, s)) {
      if (!losses.some((l) => l.from === s.from && l.seq === s.seq)) {
        losses.push({ from: s.from, seq: s.seq, seen: true });
        assumptions.push({ kind: 'lostAfterCapture', side: s.from, seq: s.seq });
      }
    } else if (!original) firstSeen.set(key, s);
    const end = seqAdd(s.seq, len);
    if (top === undefined || seqGt(end, top)) highest[s.from] = end;
  }
  return losses;
}

/**
 * Whether the peer sent anything between the two copies (in capture order: ids count frames).
 * Anything at all: even a duplicate ACK that does not cover it says the segment arrived, and
 * the engine, given it, makes its own answer (it keeps no out-of-order queue, so it too asks
 * for what is missing). Silence is what a lost segment leaves.
 */
function answeredBetween(capture: Trace, original: TraceSegment, again: TraceSegment): boolean {
  return capture.segments.some((s) => s.from !== original.from && s.id > original.id && s.id < again.id);
}

/**
 * The replay run: the network loses the planned segments, each the first time the engine sends
 * it, by the same refate a sandbox learner uses. Returns the ids lost before the capture point.
 */
export function runReplay(replay: CaptureReplay): { trace: Trace; unseen: ReadonlySet<number> } {
  const simulation = createSimulation(replay.scenario, replay.options);
  const pending = [...replay.losses];
  const unseen = new Set<number>();
  let looked = 0;
  while (pending.length > 0) {
    const before = simulation.stepCount;
    if (simulation.runTo(before + 1) === before) break;
    const { segments } = simulation.view();
    for (; looked < segments.length; looked++) {
      const s = segments[looked] as TraceSegment;
      if (s.duplicateOf !== null || segmentSeqLength(s) === 0) continue;
      const at = pending.findIndex((l) => l.from === s.from && l.seq === s.seq);
      if (at < 0) continue;
      const loss = pending[at] as PlannedLoss;
      if (simulation.refate(s.id, 'lose') === 'ok' && !loss.seen) unseen.add(s.id);
      pending.splice(at, 1);
    }
  }
  return { trace: simulation.finish(), unseen };
}

/** The control bits that make two segments different things on the wire (PSH, URG, ECE, CWR do not). */
const KIND_BITS: readonly ControlBit[] = ['SYN', 'FIN', 'RST', 'ACK'];

/** The same segment on the wire: the same control bits, sequence number, length and, with ACK, acknowledgment. */
export function sameOnTheWire(a: TraceSegment, b: TraceSegment): boolean {
  return (
    KIND_BITS.every((bit) => hasFlag(a, bit) === hasFlag(b, bit)) &&
    a.seq === b.seq &&
    a.len === b.len &&
    (!hasFlag(a, 'ACK') || a.ack === b.ack)
  );
}

/**
 * The earliest difference between the capture and the engine's run, or null. Each side's
 * segments are paired in the order it sent them; a pair that differs, or a segment only one run
 * has, is a segment difference; a pair that agrees but leaves its sender or receiver in another
 * state is a state difference. The engine's segments lost before the capture point are not on
 * the capture, and nothing after `untilMs` is: the capture stopped there.
 */
export function firstDifference(capture: Trace, engine: Trace, unseen: ReadonlySet<number>, untilMs: number): CaptureDifference | null {
  const found = SIDES.map((side) => sideDifference(capture, engine, unseen, untilMs, side)).filter((d) => d !== null);
  found.sort((a, b) => a.t - b.t);
  return found[0] ?? endStateDifference(capture, engine, untilMs);
}

function sent(trace: Trace, side: Side, untilMs: number, skip: ReadonlySet<number>): TraceSegment[] {
  return trace.segments.filter(
    (s) => s.from === side && s.duplicateOf === null && s.origin === 'endpoint' && s.sentAt <= untilMs && !skip.has(s.id),
  );
}

function sideDifference(capture: Trace, engine: Trace, unseen: ReadonlySet<number>, untilMs: number, side: Side): CaptureDifference | null {
  const mine = sent(capture, side, untilMs, new Set());
  const theirs = sent(engine, side, Infinity, unseen);
  for (let k = 0; k < Math.max(mine.length, theirs.length); k++) {
    const c = mine[k];
    const e = theirs[k];
    // The engine's run may go on after the capture stopped (a timer, a retransmission): not a difference.
    if (!c && e && e.sentAt > untilMs) return null;
    if (!c || !e || !sameOnTheWire(c, e)) {
      const t = Math.min(c?.sentAt ?? Infinity, e?.sentAt ?? Infinity);
      return {
        kind: 'segment',
        side,
        t,
        capture: c ? pointAt(capture, side, c.sentStep, c.id) : pointBefore(capture, side, t),
        engine: e ? pointAt(engine, side, e.sentStep, e.id) : pointBefore(engine, side, t),
        engineWhy: e && e.sentAt <= (c?.sentAt ?? Infinity) ? e.sentStep : lastStepOf(engine, side, t),
      };
    }
    const senderDiffers = stateAfter(capture, c.sentStep, side) !== stateAfter(engine, e.sentStep, side);
    if (senderDiffers) return stateDifference(capture, engine, side, c.sentAt, c.sentStep, e.sentStep);
    const peer = side === 'client' ? 'server' : 'client';
    if (
      c.arrivalStep !== null &&
      e.arrivalStep !== null &&
      stateAfter(capture, c.arrivalStep, peer) !== stateAfter(engine, e.arrivalStep, peer)
    ) {
      return stateDifference(capture, engine, peer, c.arrivesAt, c.arrivalStep, e.arrivalStep);
    }
  }
  return null;
}

function stateDifference(capture: Trace, engine: Trace, side: Side, t: number, captureStep: number, engineStep: number): CaptureDifference {
  return {
    kind: 'state',
    side,
    t,
    capture: pointAt(capture, side, captureStep, null),
    engine: pointAt(engine, side, engineStep, null),
    engineWhy: engineStep,
  };
}

/**
 * Both runs sent the same segments: do they leave each side in the same state? The engine's
 * silent timers (TIME-WAIT's 2×MSL ending in CLOSED) leave nothing on the wire, so the engine is
 * taken at its last step that a capture could show.
 */
function endStateDifference(capture: Trace, engine: Trace, untilMs: number): CaptureDifference | null {
  for (const side of SIDES) {
    const c = lastStepOf(capture, side, untilMs);
    // The engine's run ends where it ends: what it still sends after the capture stopped is not
    // compared, but the state it ends in is what the capture's last segments lead to.
    const e = lastVisibleStepOf(engine, side, Infinity);
    const cState = stateAfter(capture, c, side);
    const eState = stateAfter(engine, e, side);
    if (cState !== eState) {
      const t = Math.max(capture.steps[c ?? -1]?.t ?? 0, engine.steps[e ?? -1]?.t ?? 0);
      return { kind: 'state', side, t, capture: pointAt(capture, side, c, null), engine: pointAt(engine, side, e, null), engineWhy: e };
    }
  }
  return null;
}

function pointAt(trace: Trace, side: Side, step: number | null, segmentId: number | null): RunPoint {
  return { segmentId, step, state: stateAfter(trace, step, side) };
}

/** A run that sent nothing where the other did: shown as it stood just before. */
function pointBefore(trace: Trace, side: Side, t: number): RunPoint {
  return pointAt(trace, side, lastStepBefore(trace, t), null);
}

function stateAfter(trace: Trace, step: number | null, side: Side): TcpState {
  return (step === null ? trace.initial : (trace.steps[step]?.after ?? trace.initial))[side].state;
}

function lastStepBefore(trace: Trace, t: number): number | null {
  let found: number | null = null;
  for (const step of trace.steps) {
    if (step.t > t) break;
    found = step.index;
  }
  return found;
}

function lastStepOf(trace: Trace, side: Side, t: number): number | null {
  let found: number | null = null;
  for (const step of trace.steps) {
    if (step.t > t) break;
    if (step.side === side) found = step.index;
  }
  return found;
}

function lastVisibleStepOf(trace: Trace, side: Side, t: number): number | null {
  let found: number | null = null;
  for (const step of trace.steps) {
    if (step.t > t) break;
    const silentTimer = step.input.kind === 'timer' && step.emitted.length === 0;
    if (step.side === side && !silentTimer) found = step.index;
  }
  return found;
}
