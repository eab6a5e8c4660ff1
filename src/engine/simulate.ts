/**
 * The one loop (design.md): take the earliest event — a socket call, a segment arriving, a
 * timer expiring — apply it to its endpoint, record a step with both sides' snapshots.
 * Pure and deterministic: same scenario and options ⇒ deep-equal trace.
 */
import { endpointStep, type EndpointInput } from './endpointStep';
import { decideFate } from './faults';
import type { SimOptions } from './options';
import { listenQueueCapacity, profileConfig } from './profile';
import { createRng } from './rng';
import type { Scenario, ScriptedCall } from './scenario';
import { labelFlags, makeSegment, otherSide, SIDES, type Segment, type Side } from './segment';
import { seqAdd } from './seq';
import type { TcpState } from './states';
import { createEndpoint, DEFAULT_ENDPOINT_CONFIG, DEFAULT_PORTS } from './tcbOps';
import { TIMER_NAMES, type Endpoint, type EndpointConfig, type HalfOpen, type TimerName } from './tcb';
import type { StepResult } from './stepResult';
import { isSynchronized } from './states';
import type { AppEvent, Fate, StepInput, TcbSnapshot, Trace, TraceSegment, TraceStep, UserCall } from './trace';
import { RULES } from './rules';
import { createSocket, socketStep, type AppSocket } from './socket';
import { MAX_STEPS } from './runLimit';

export { MAX_STEPS };

interface PendingCall {
  readonly t: number;
  /** Sandbox calls: due right after this many steps have been applied, at that moment. */
  readonly afterStep: number | null;
  readonly order: number;
  readonly side: Side;
  readonly call: UserCall;
  readonly bytes: number;
}

interface InFlight {
  record: TraceSegment;
  readonly segment: Segment;
}

type NextEvent =
  | { kind: 'call'; t: number; pending: PendingCall }
  | { kind: 'segment'; t: number; flight: InFlight }
  | { kind: 'timer'; t: number; side: Side; timer: TimerName };

/** Ties at the same instant: calls, then arrivals, then timers (a close at t beats a delayed ACK at t). */
const KIND_ORDER = { call: 0, segment: 1, timer: 2 } as const;

export function resolveIsn(options: SimOptions): Record<Side, number> {
  switch (options.isnMode) {
    case 'fixed':
      return { client: options.isnClient >>> 0, server: options.isnServer >>> 0 };
    case 'random': {
      const next = createRng(options.seed);
      return { client: next(), server: next() };
    }
    case 'wrap':
      // A few bytes below 2^32: SYN, FIN and data all cross the wrap to 0.
      return { client: 4294967290, server: 4294967293 };
  }
}

export function toSnapshot(ep: Endpoint, sock: AppSocket): TcbSnapshot {
  return {
    state: ep.state,
    iss: ep.iss,
    irs: ep.irs,
    sndUna: ep.sndUna,
    sndNxt: ep.sndNxt,
    sndWnd: ep.sndWnd,
    rcvNxt: ep.rcvNxt,
    rcvWnd: ep.rcvWnd,
    timers: ep.timers,
    srttMs: ep.srttMs,
    rttvarMs: ep.rttvarMs,
    rtoMs: ep.rtoMs,
    retries: ep.retries,
    unacked: ep.retransmitQueue.length,
    synQueue: ep.synQueue.length,
    backlog: ep.config.backlog,
    acceptQueue: ep.acceptQueue,
    acceptCapacity: listenQueueCapacity(ep.config),
    listening: sock.listening,
    unread: sock.unread,
    connection: sock.connection,
  };
}

/**
 * A run that can be advanced a step at a time and told about the future as it goes: the
 * sandbox's link replay adds each call and network fate at the step the learner made it, so
 * a session of n steps is simulated once instead of once per token (issue 10).
 */
export interface Simulation {
  /** Steps applied so far. */
  readonly stepCount: number;
  /** Applies steps until `stepCount` have been applied or nothing is left to happen; returns the count. */
  runTo(stepCount: number): number;
  /** A call due right after step `call.when.afterStep`, which must not be in the past. */
  addCall(call: ScriptedCall): void;
  /**
   * A new fate for segment `id`, sent but not yet arrived, as if the network had decided it when
   * the segment was sent. Refused when it would change a step already applied.
   */
  refate(id: number, fate: Fate, delayMs?: number): RefateResult;
  /** The run so far, read-only and live: valid until the next call on this object. */
  view(): Pick<Trace, 'segments' | 'steps'>;
  /** Runs to the end and returns the trace. */
  finish(): Trace;
  /**
   * An independent run from this point: what either does next leaves the other as it was, so
   * one story can go on in several ways (a sandbox call, then Undo and another call).
   */
  fork(): Simulation;
}

export type RefateResult = 'ok' | 'not-in-flight' | 'same' | 'duplicated' | 'changes-past';

/** How one step's event ranks against others (see `earlier`); ids of segments as numbered then. */
type EventKey =
  | { readonly kind: 'forked' }
  | { readonly kind: 'call'; readonly t: number; readonly order: number }
  | { readonly kind: 'segment'; readonly t: number; readonly id: number }
  | { readonly kind: 'timer'; readonly t: number; readonly side: Side; readonly timer: TimerName };

export function simulate(scenario: Scenario, options: SimOptions, onStep?: () => void): Trace {
  return createSimulation(scenario, options, onStep).finish();
}

/** `onStep` lets a test count the work done (steps applied), never the time. */
export function createSimulation(scenario: Scenario, options: SimOptions, onStep?: () => void): Simulation {
  const run = startRun(scenario, options, onStep);
  for (const scripted of scenario.calls) addCall(run, scripted);
  for (const injection of scenario.injections ?? []) inject(run, injection);
  if (scenario.otherClients) inject(run, otherClientAck(scenario.otherClients.lastAckAt));
  return simulationOf(run);
}

function simulationOf(run: Run): Simulation {
  const runTo = (target: number): number => {
    const limit = Math.min(target, MAX_STEPS);
    while (run.steps.length < limit && applyNext(run));
    return run.steps.length;
  };
  return {
    get stepCount() {
      return run.steps.length;
    },
    runTo,
    addCall: (call) => addCall(run, call),
    refate: (id, fate, delayMs) => refate(run, id, fate, delayMs),
    view: () => ({ segments: run.segments, steps: run.steps }),
    finish() {
      runTo(MAX_STEPS);
      return traceOf(run);
    },
    fork: () => simulationOf(forkRun(run)),
  };
}

/**
 * A copy of a run that shares nothing it will change: the lists a run grows or edits are copied,
 * and so are the flights (a duplicate renumbers their records in place). Endpoints, sockets,
 * steps, segment records and the fault counts are replaced, never edited, and are shared.
 */
function forkRun(run: Run): Run {
  return {
    ...run,
    endpoints: { ...run.endpoints },
    sockets: { ...run.sockets },
    calls: [...run.calls],
    waiting: [...run.waiting],
    segments: [...run.segments],
    wire: [...run.wire],
    inFlight: run.inFlight.map((flight) => ({ ...flight })),
    steps: [...run.steps],
    keys: [...run.keys],
  };
}

/** Both sides as a step leaves them. */
function snapshots(endpoints: Record<Side, Endpoint>, sockets: Record<Side, AppSocket>): Record<Side, TcbSnapshot> {
  return { client: toSnapshot(endpoints.client, sockets.client), server: toSnapshot(endpoints.server, sockets.server) };
}

/** Everything a run changes as it goes; the steps below read and update it, nothing else does. */
interface Run {
  readonly scenario: Scenario;
  readonly options: SimOptions;
  readonly isn: Record<Side, number>;
  readonly initial: Record<Side, TcbSnapshot>;
  readonly endpoints: Record<Side, Endpoint>;
  /** Each side's application socket: its listener, unread bytes, which connection the lane shows. */
  readonly sockets: Record<Side, AppSocket>;
  /** Calls due at a time or right after a step. */
  readonly calls: PendingCall[];
  /** Calls waiting for an application event ("after read() returned 0"). */
  readonly waiting: ScriptedCall[];
  /** Breaks ties between calls due at the same moment: first scheduled, first made. */
  order: number;
  readonly segments: TraceSegment[];
  /** The segment on the wire behind each record (same index), so a refated segment can fly again. */
  readonly wire: Segment[];
  readonly inFlight: InFlight[];
  readonly steps: TraceStep[];
  /** What each step's event was, to tell whether a refated segment would have come earlier. */
  readonly keys: EventKey[];
  faultCounts: Map<string, number>;
  readonly onStep: (() => void) | undefined;
}

function startRun(scenario: Scenario, options: SimOptions, onStep: (() => void) | undefined): Run {
  const isn = resolveIsn(options);
  const endpoints: Record<Side, Endpoint> = {
    client: createEndpoint('client', endpointConfig(scenario, options, isn, 'client')),
    server: createEndpoint('server', endpointConfig(scenario, options, isn, 'server')),
  };
  const sockets: Record<Side, AppSocket> = {
    client: createSocket(scenario.reads?.client),
    server: createSocket(scenario.reads?.server, scenario.accepts),
  };
  if (scenario.otherClients) endpoints.server = withOtherClients(endpoints.server, isn);
  return {
    scenario,
    options,
    isn,
    initial: snapshots(endpoints, sockets),
    endpoints,
    sockets,
    calls: [],
    waiting: [],
    order: 0,
    segments: [],
    wire: [],
    inFlight: [],
    steps: [],
    keys: [],
    faultCounts: new Map(),
    onStep,
  };
}

/** The other clients' host, port and sequence numbers (a documentation address, RFC 5737). */
const OTHER_CLIENT = { addr: '198.51.100.23', port: 41000, irsFromClientIsn: 7919, issFromServerIsn: 10_000 } as const;

/**
 * The listener as Scenario.otherClients describes it: all places of the accept queue but one taken
 * by connections that finished before the story, and one more client half-open, its SYN,ACK
 * just sent (so its timer runs from the start).
 */
function withOtherClients(server: Endpoint, isn: Record<Side, number>): Endpoint {
  const capacity = listenQueueCapacity(server.config) ?? 1;
  const halfOpen: HalfOpen = {
    addr: OTHER_CLIENT.addr,
    port: OTHER_CLIENT.port,
    irs: seqAdd(isn.client, OTHER_CLIENT.irsFromClientIsn),
    iss: seqAdd(isn.server, OTHER_CLIENT.issFromServerIsn),
    retries: 0,
    rtoMs: server.config.rtoMs,
    deadline: server.config.rtoMs,
  };
  return {
    ...server,
    acceptQueue: Math.max(0, capacity - 1),
    synQueue: [halfOpen],
    timers: { ...server.timers, synQueue: halfOpen.deadline },
  };
}

/** The half-open client's ACK: <SEQ=its ISN+1><ACK=the server's ISS+1>, from its own address. */
function otherClientAck(at: number): NonNullable<Scenario['injections']>[number] {
  return {
    origin: 'other-client',
    at,
    from: 'client',
    flags: ['ACK'],
    seqFromIsn: OTHER_CLIENT.irsFromClientIsn + 1,
    ackFromPeerIsn: OTHER_CLIENT.issFromServerIsn + 1,
    srcPort: OTHER_CLIENT.port,
    srcAddr: OTHER_CLIENT.addr,
  };
}

function endpointConfig(scenario: Scenario, options: SimOptions, isn: Record<Side, number>, side: Side): EndpointConfig {
  return {
    ...DEFAULT_ENDPOINT_CONFIG,
    backlog: options.backlog,
    ...scenario.endpoints?.[side],
    iss: isn[side],
    localPort: DEFAULT_PORTS[side],
    remotePort: DEFAULT_PORTS[otherSide(side)],
    timeWaitMs: options.timeWaitMs,
    synCookies: options.synCookies,
    ...profileConfig(options.profile),
  };
}

function addCall(run: Run, scripted: ScriptedCall): void {
  if ('at' in scripted.when) run.calls.push(pendingFrom(scripted, scripted.when.at, run.order++));
  else if ('afterStep' in scripted.when) run.calls.push(pendingFrom(scripted, 0, run.order++, scripted.when.afterStep));
  else run.waiting.push(scripted);
}

/** A record joins the trace and its segment the wire; it flies unless the network lost it. */
function putOnWire(run: Run, record: TraceSegment, segment: Segment): void {
  run.segments.push(record);
  run.wire.push(segment);
  if (!record.lost) fly(run.inFlight, { record, segment });
}

/** The network's second delivery of a segment it duplicates, `gapMs` (or half a latency) behind. */
function copyOf(original: TraceSegment, gapMs: number, latencyMs: number): TraceSegment {
  return {
    ...original,
    id: original.id + 1,
    arrivesAt: original.arrivesAt + (gapMs || Math.ceil(latencyMs / 2)),
    lost: false,
    duplicateOf: original.id,
  };
}

/** Put a segment an endpoint sent on the wire with its fate; returns its id. */
function launch(run: Run, from: Side, segment: Segment, t: number, stepIndex: number, retransmission: boolean): number {
  const id = run.segments.length + 1;
  const { fate, delayMs } = fateOfLaunch(run, from, segment, id);
  const original: TraceSegment = {
    ...segment,
    flags: labelFlags(segment.flags),
    from,
    to: otherSide(from),
    sentAt: t,
    retransmission,
    origin: 'endpoint' as const,
    sentStep: stepIndex,
    arrivalStep: null,
    fate,
    id,
    arrivesAt: t + run.options.latencyMs + (fate === 'delay' ? delayMs : 0),
    lost: fate === 'lose',
    duplicateOf: null,
  };
  putOnWire(run, original, segment);
  if (fate === 'duplicate') putOnWire(run, copyOf(original, delayMs, run.options.latencyMs), segment);
  return id;
}

function fateOfLaunch(run: Run, from: Side, segment: Segment, id: number): { fate: Fate; delayMs: number } {
  const senderState = run.endpoints[from].state;
  const fated = decideFate(run.scenario.faults ?? [], { id, from, flags: segment.flags, senderState }, run.faultCounts);
  run.faultCounts = fated.counts;
  // A reply to a forged address reaches neither lifeline: nobody is there (or nobody who asked).
  return segment.dstAddr !== undefined ? { fate: 'lose', delayMs: 0 } : fated.decision;
}

/** A segment no endpoint sent (an old duplicate, a forged SYN), on the wire from the start. */
function inject(run: Run, injection: NonNullable<Scenario['injections']>[number]): void {
  const segment = makeSegment({
    srcPort: injection.srcPort ?? DEFAULT_PORTS[injection.from],
    dstPort: injection.dstPort ?? DEFAULT_PORTS[otherSide(injection.from)],
    ...(injection.srcAddr !== undefined ? { srcAddr: injection.srcAddr } : {}),
    flags: injection.flags,
    seq: seqAdd(run.isn[injection.from], injection.seqFromIsn),
    ...(injection.ackFromPeerIsn !== undefined ? { ack: seqAdd(run.isn[otherSide(injection.from)], injection.ackFromPeerIsn) } : {}),
    ...(injection.len !== undefined ? { len: injection.len } : {}),
    window: DEFAULT_ENDPOINT_CONFIG.window,
  });
  putOnWire(
    run,
    {
      ...segment,
      flags: labelFlags(segment.flags),
      id: run.segments.length + 1,
      from: injection.from,
      to: otherSide(injection.from),
      sentAt: injection.at,
      arrivesAt: injection.at + (injection.travelMs ?? run.options.latencyMs),
      fate: 'deliver',
      lost: false,
      retransmission: false,
      origin: injection.origin,
      duplicateOf: null,
      sentStep: -1,
      arrivalStep: null,
    },
    segment,
  );
}

/** Applies one step; false when nothing is left to happen (or the rest is past the horizon). */
function applyNext(run: Run): boolean {
  const now = run.steps[run.steps.length - 1]?.t ?? 0;
  const event = nextEvent(run.calls, run.inFlight, run.endpoints, run.steps.length, now);
  if (!event || (run.scenario.horizonMs !== undefined && event.t > run.scenario.horizonMs)) return false;
  run.onStep?.();
  const index = run.steps.length;
  const { side, input, stepInput, label } = describe(event);
  takeEvent(run, event, index);
  // The socket layer picks the TCB (the lane's, or the listener's for a new connection).
  const stepped = socketStep(run.sockets[side], run.endpoints[side], input, event.t, deliver);
  const { before, result: out } = stepped;
  run.sockets[side] = stepped.socket;
  run.endpoints[side] = out.endpoint;
  const emitted = out.emitted.map((emission) => launch(run, side, emission.segment, event.t, index, emission.retransmission));
  run.steps.push({
    index,
    t: event.t,
    side,
    input: stepInput,
    event: label,
    from: before.state,
    to: out.endpoint.state,
    rule: out.rule,
    rfc: RULES[out.rule],
    params: out.params,
    emitted,
    app: out.app,
    after: snapshots(run.endpoints, run.sockets),
  });
  scheduleReactiveCalls(run, side, out.app, event.t);
  return true;
}

/** The event leaves its queue; an arriving segment's record learns the step it arrived at. */
function takeEvent(run: Run, event: NextEvent, index: number): void {
  if (event.kind === 'call') run.calls.splice(run.calls.indexOf(event.pending), 1);
  if (event.kind === 'segment') {
    run.inFlight.splice(run.inFlight.indexOf(event.flight), 1);
    const arrived = { ...event.flight.record, arrivalStep: index };
    run.segments[arrived.id - 1] = arrived;
  }
  run.keys.push(keyOf(event));
}

/** Reactive calls: "400 ms after read() returned 0, the server calls close()". */
function scheduleReactiveCalls(run: Run, side: Side, app: readonly AppEvent[], t: number): void {
  for (const appEvent of app) {
    for (let i = 0; i < run.waiting.length; i++) {
      const scripted = run.waiting[i];
      if (!scripted || !('after' in scripted.when)) continue;
      if (scripted.when.after.side === side && scripted.when.after.event === appEvent) {
        run.calls.push(pendingFrom(scripted, t + scripted.when.delayMs, run.order++));
        run.waiting.splice(i--, 1);
      }
    }
  }
}

/**
 * A new fate for a segment in flight, as if decided when it was sent (Simulation.refate): refused
 * when the segment is not in flight, nothing changes, or its new arrival would rewrite a step.
 */
function refate(run: Run, id: number, fate: Fate, delayMs = 0): RefateResult {
  const record = run.segments[id - 1];
  if (!record || record.origin !== 'endpoint' || record.duplicateOf !== null || record.arrivalStep !== null) {
    return 'not-in-flight';
  }
  if (record.sentStep >= run.steps.length) return 'not-in-flight';
  const arrivesAt = record.sentAt + run.options.latencyMs + (fate === 'delay' ? delayMs : 0);
  if (fate === record.fate && arrivesAt === record.arrivesAt) return 'same';
  // The copy is on the wire already; only going back before it was made can take it away.
  if (record.fate === 'duplicate') return 'duplicated';
  const updated: TraceSegment = { ...record, fate, arrivesAt, lost: fate === 'lose' };
  const copy = fate === 'duplicate' ? copyOf(updated, 0, run.options.latencyMs) : null;
  const arrivals = [...(fate === 'lose' ? [] : [{ t: arrivesAt, id }]), ...(copy ? [{ t: copy.arrivesAt, id: copy.id }] : [])];
  if (!keepsPast(run, record, arrivals)) return 'changes-past';

  const at = run.inFlight.findIndex((flight) => flight.record.id === id);
  if (at >= 0) run.inFlight.splice(at, 1);
  run.segments[id - 1] = updated;
  const segment = run.wire[id - 1] as Segment;
  if (fate !== 'lose') fly(run.inFlight, { record: updated, segment });
  if (copy) insertCopy(run, copy, segment);
  return 'ok';
}

/**
 * The segment's arrival (and its copy's) under the new fate must not outrank the event of any
 * step applied since it was sent, or that step would have been its arrival instead. Forked
 * calls come first whatever the time, so they cannot be overtaken.
 */
function keepsPast(run: Run, record: TraceSegment, arrivals: readonly { t: number; id: number }[]): boolean {
  for (let i = record.sentStep + 1; i < run.keys.length; i++) {
    const key = run.keys[i] as EventKey;
    if (key.kind === 'forked') continue;
    // A copy takes id+1 and later ids move up one: compare in that numbering (half steps).
    const shifted = key.kind === 'segment' && key.id > record.id ? { ...key, id: key.id + 1 } : key;
    for (const arrival of arrivals) {
      if (keyEarlier({ kind: 'segment', t: arrival.t, id: arrival.id }, shifted)) return false;
    }
  }
  return true;
}

/** A copy of segment `copy.duplicateOf` takes the next id, as if made at launch: every id above moves up one. */
function insertCopy(run: Run, copy: TraceSegment, segment: Segment): void {
  const after = copy.id - 1;
  const bump = (id: number) => (id > after ? id + 1 : id);
  for (let i = after; i < run.segments.length; i++) {
    const s = run.segments[i] as TraceSegment;
    run.segments[i] = { ...s, id: s.id + 1, duplicateOf: s.duplicateOf === null ? null : bump(s.duplicateOf) };
  }
  run.segments.splice(after, 0, copy);
  run.wire.splice(after, 0, segment);
  // From here on, segment n is at index n - 1 again.
  for (const flight of run.inFlight) {
    if (flight.record.id > after) flight.record = run.segments[flight.record.id] as TraceSegment;
  }
  renumberSteps(run, after);
  fly(run.inFlight, { record: copy, segment });
}

/** Steps that sent or received a segment numbered above `after` now name it one higher. */
function renumberSteps(run: Run, after: number): void {
  const bump = (id: number) => (id > after ? id + 1 : id);
  for (let i = 0; i < run.steps.length; i++) {
    const step = run.steps[i] as TraceStep;
    const moved = step.emitted.some((id) => id > after);
    const arrival = step.input.kind === 'segment' && step.input.segmentId > after ? step.input.segmentId + 1 : null;
    if (!moved && arrival === null) continue;
    run.steps[i] = {
      ...step,
      emitted: moved ? step.emitted.map(bump) : step.emitted,
      ...(arrival === null
        ? {}
        : { input: { kind: 'segment' as const, segmentId: arrival }, event: receiveLabel(run.segments[arrival - 1] as TraceSegment) }),
    };
    const key = run.keys[i] as EventKey;
    if (key.kind === 'segment' && key.id > after) run.keys[i] = { ...key, id: key.id + 1 };
  }
}

function traceOf(run: Run): Trace {
  const { scenario, isn, initial, segments, steps } = run;
  return {
    scenario: scenario.id,
    isn,
    initial,
    segments: [...segments],
    steps: [...steps],
    ...connectionStates(initial, steps),
    endTime: steps[steps.length - 1]?.t ?? 0,
    horizon: scenario.horizonMs ?? null,
    profile: run.options.profile,
  };
}

/**
 * Demultiplexing (RFC 9293 §3.10.7): a segment goes to the TCB of its port pair. A listener
 * takes any remote port; a segment for a port with no socket meets "no TCB", i.e. CLOSED
 * (§3.10.7.1), and is answered with a reset while the host's connection is left alone.
 */
function deliver(ep: Endpoint, input: EndpointInput, now: number): StepResult {
  if (input.kind !== 'segment') return endpointStep(ep, input, now);
  const seg = input.segment;
  const connected = isSynchronized(ep.state) || ep.state === 'SYN-SENT' || ep.state === 'SYN-RECEIVED';
  const ours = seg.dstPort === ep.config.localPort && (!connected || seg.srcPort === ep.remotePort);
  if (ours) return endpointStep(ep, input, now);
  const noSocket = createEndpoint(ep.side, { ...ep.config, localPort: seg.dstPort });
  const reply = endpointStep(noSocket, input, now);
  return { ...reply, endpoint: ep, params: { ...reply.params, port: seg.dstPort } };
}

function pendingFrom(scripted: ScriptedCall, t: number, order: number, afterStep: number | null = null): PendingCall {
  return { t, afterStep, order, side: scripted.side, call: scripted.call, bytes: scripted.bytes ?? 0 };
}

function nextEvent(
  calls: readonly PendingCall[],
  inFlight: readonly InFlight[],
  endpoints: Readonly<Record<Side, Endpoint>>,
  stepCount: number,
  now: number,
): NextEvent | null {
  const candidates: NextEvent[] = [];
  // A sandbox call whose step has been reached goes first, at that moment, so forking at
  // step k leaves steps before k untouched. `calls` is kept in order of creation.
  const forked = calls.find((pending) => pending.afterStep !== null && pending.afterStep <= stepCount);
  if (forked) return { kind: 'call', t: now, pending: forked };
  for (const pending of calls) {
    if (pending.afterStep === null) candidates.push({ kind: 'call', t: pending.t, pending });
  }
  for (const side of SIDES) {
    for (const timer of TIMER_NAMES) {
      const deadline = endpoints[side].timers[timer];
      if (deadline !== null) candidates.push({ kind: 'timer', t: deadline, side, timer });
    }
  }
  let best: NextEvent | null = null;
  for (const candidate of candidates) if (!best || earlier(candidate, best)) best = candidate;
  // In flight in arrival order (see `fly`): the first one is the earliest segment.
  const flight = inFlight[0];
  if (flight) {
    const arrival: NextEvent = { kind: 'segment', t: flight.record.arrivesAt, flight };
    if (!best || earlier(arrival, best)) best = arrival;
  }
  return best;
}

/**
 * Puts a segment among those in flight, kept in arrival order (time, then lower id first), so
 * the next arrival is always the first: a long session has hundreds on the wire at once.
 */
function fly(inFlight: InFlight[], flight: InFlight): void {
  const { arrivesAt, id } = flight.record;
  let lo = 0;
  let hi = inFlight.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = (inFlight[mid] as InFlight).record;
    if (r.arrivesAt < arrivesAt || (r.arrivesAt === arrivesAt && r.id < id)) lo = mid + 1;
    else hi = mid;
  }
  inFlight.splice(lo, 0, flight);
}

function earlier(a: NextEvent, b: NextEvent): boolean {
  return keyEarlier(keyOf(a), keyOf(b));
}

function keyOf(event: NextEvent): EventKey {
  switch (event.kind) {
    case 'call':
      return event.pending.afterStep !== null ? { kind: 'forked' } : { kind: 'call', t: event.t, order: event.pending.order };
    case 'segment':
      return { kind: 'segment', t: event.t, id: event.flight.record.id };
    case 'timer':
      return { kind: 'timer', t: event.t, side: event.side, timer: event.timer };
  }
}

/** Ties at the same instant: calls, then arrivals (lower id first), then timers (client first, in TIMER_NAMES order). */
function keyEarlier(a: EventKey, b: EventKey): boolean {
  if (a.kind === 'forked' || b.kind === 'forked') return a.kind === 'forked' && b.kind !== 'forked';
  if (a.t !== b.t) return a.t < b.t;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] < KIND_ORDER[b.kind];
  if (a.kind === 'call' && b.kind === 'call') return a.order < b.order;
  if (a.kind === 'segment' && b.kind === 'segment') return a.id < b.id;
  if (a.kind === 'timer' && b.kind === 'timer') {
    if (a.side !== b.side) return a.side === 'client';
    return TIMER_NAMES.indexOf(a.timer) < TIMER_NAMES.indexOf(b.timer);
  }
  return false;
}

function receiveLabel(record: TraceSegment): string {
  return `receive #${record.id} ${record.flags.join(',')}`;
}

const CALL_LABELS: Record<UserCall, (bytes: number) => string> = {
  listen: () => 'listen()',
  accept: () => 'accept()',
  connect: () => 'connect()',
  send: (bytes) => `send(${bytes} bytes)`,
  read: () => 'read()',
  shutdown: () => 'shutdown(SHUT_WR)',
  shutrd: () => 'shutdown(SHUT_RD)',
  close: () => 'close()',
  abort: () => 'abort() (SO_LINGER 0)',
  crash: () => 'host crashes',
};

const TIMER_LABELS: Record<TimerName, string> = {
  retransmit: 'retransmission timeout',
  timeWait: 'TIME-WAIT (2MSL) expires',
  delayedAck: 'delayed-ACK timer',
  synQueue: 'SYN,ACK timer of a queued half-open connection',
};

function describe(event: NextEvent): { side: Side; input: EndpointInput; stepInput: StepInput; label: string } {
  switch (event.kind) {
    case 'call': {
      const { side, call, bytes } = event.pending;
      return {
        side,
        input: { kind: 'call', call, bytes },
        stepInput: call === 'send' ? { kind: 'call', call, bytes } : { kind: 'call', call },
        label: CALL_LABELS[call](bytes),
      };
    }
    case 'segment': {
      const record = event.flight.record;
      return {
        side: record.to,
        input: { kind: 'segment', segment: event.flight.segment },
        stepInput: { kind: 'segment', segmentId: record.id },
        label: receiveLabel(record),
      };
    }
    case 'timer':
      return {
        side: event.side,
        input: { kind: 'timer', timer: event.timer },
        stepInput: { kind: 'timer', timer: event.timer },
        label: TIMER_LABELS[event.timer],
      };
  }
}

/**
 * Each side's states, connection by connection (the snapshot's `connection`): `states` holds the
 * first connection's, from the side's initial state; a later connection starts from the state it
 * was made from (LISTEN for the listener's, CLOSED for a new connect()). `connections` appears
 * only when some side had more than one.
 */
/** A connection made while the lane still held the old one (from TIME-WAIT, §3.6.1 MAY-2) is the listener's. */
const madeFrom = (from: TcpState): TcpState => (from === 'CLOSED' || from === 'LISTEN' ? from : 'LISTEN');

function connectionStates(
  initial: Readonly<Record<Side, TcbSnapshot>>,
  steps: readonly TraceStep[],
): Pick<Trace, 'states' | 'connections'> {
  const bySide = { client: [[initial.client.state]], server: [[initial.server.state]] } as Record<Side, TcpState[][]>;
  for (const step of steps) {
    for (const side of SIDES) {
      const { state, connection } = step.after[side];
      const lists = bySide[side];
      while (lists.length <= connection) lists.push([step.side === side ? madeFrom(step.from) : state]);
      const history = lists[connection] as TcpState[];
      if (history[history.length - 1] !== state) history.push(state);
    }
  }
  const count = Math.max(bySide.client.length, bySide.server.length);
  const pick = (i: number) => ({ client: bySide.client[i] ?? [], server: bySide.server[i] ?? [] });
  const states = pick(0);
  return count > 1 ? { states, connections: Array.from({ length: count }, (_, i) => pick(i)) } : { states };
}
