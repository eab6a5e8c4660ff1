/**
 * Per-state endpoint fixtures for the engine tests (smoltcp style). Every fixture is reached by
 * DRIVING `endpointStep` from CLOSED through the real calls and segments a peer would send, so a
 * fixture cannot drift from the engine: if the engine stops reaching a state the way RFC 9293
 * says it should, the fixture throws and names the step that went wrong.
 *
 * Numbers are readable and realistic: the client's ISS is 1000 and the server's 5000 unless a
 * test says otherwise (`iss` is always *this* endpoint's ISS, `irs` the peer's).
 */
import { expect } from 'vitest';
import { endpointStep, type EndpointInput } from '../endpointStep';
import { RULES, type RuleId } from '../rules';
import { makeSegment, otherSide, type ControlBit, type Segment, type Side } from '../segment';
import { seqAdd } from '../seq';
import type { TcpState } from '../states';
import type { StepResult } from '../stepResult';
import { createEndpoint, DEFAULT_ENDPOINT_CONFIG, DEFAULT_PORTS } from '../tcbOps';
import type { Endpoint, EndpointConfig, TimerName } from '../tcb';
import type { AppEvent, UserCall } from '../trace';

/** The window every fixture peer advertises (Linux's initial 64240 = 44 × 1460). */
export const PEER_WINDOW = 64240;

export interface FixtureOptions {
  /** This endpoint's initial send sequence number. */
  iss?: number;
  /** The peer's ISN, i.e. this endpoint's IRS once it has seen the peer's SYN. */
  irs?: number;
  /** Time of the fixture's last step (earlier steps happen at 0); timers are relative to it. */
  at?: number;
  /** Overrides of DEFAULT_ENDPOINT_CONFIG and the ports (e.g. a short timeWaitMs). */
  config?: Partial<Omit<EndpointConfig, 'iss'>>;
}

const DEFAULT_NUMBERS: Record<Side, { iss: number; irs: number }> = {
  client: { iss: 1000, irs: 5000 },
  server: { iss: 5000, irs: 1000 },
};

function numbers(side: Side, opts: FixtureOptions): { iss: number; irs: number; at: number } {
  return {
    iss: opts.iss ?? DEFAULT_NUMBERS[side].iss,
    irs: opts.irs ?? DEFAULT_NUMBERS[side].irs,
    at: opts.at ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Segments and steps

export interface SegSpec {
  /** Flags as an array or a comma list: 'SYN,ACK', 'FIN,ACK', 'RST'. */
  flags: readonly ControlBit[] | string;
  seq: number;
  ack?: number | null;
  len?: number;
  window?: number;
  /** Default: from the peer's port to ours (see `arrive`), else client → server. */
  srcPort?: number;
  dstPort?: number;
}

function parseFlags(flags: readonly ControlBit[] | string): ControlBit[] {
  if (typeof flags !== 'string') return [...flags];
  return flags
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f.length > 0) as ControlBit[];
}

/** A segment as a peer would send it (window PEER_WINDOW unless given). */
export function seg(spec: SegSpec): Segment {
  return makeSegment({
    srcPort: spec.srcPort ?? DEFAULT_PORTS.client,
    dstPort: spec.dstPort ?? DEFAULT_PORTS.server,
    flags: parseFlags(spec.flags),
    seq: spec.seq,
    ack: spec.ack ?? null,
    len: spec.len ?? 0,
    window: spec.window ?? PEER_WINDOW,
  });
}

/** What a test asserts about a segment on the wire: flags in header order, seq, ack, payload. */
export interface WireSegment {
  flags: readonly ControlBit[];
  seq: number;
  ack: number | null;
  len: number;
}

export function wire(segment: Segment): WireSegment {
  return { flags: segment.flags, seq: segment.seq, ack: segment.ack, len: segment.len };
}

/** Expected wire segment from a readable spec; flags are put in header order like makeSegment. */
export function expectedWire(spec: SegSpec): WireSegment {
  return wire(seg(spec));
}

/** The emitted segments of a step, reduced to what the RFC prescribes. */
export function sent(out: StepResult): WireSegment[] {
  return out.emitted.map((e) => wire(e.segment));
}

/** A segment arrives. A Segment is itself a valid SegSpec, so either can be passed. */
export function arrive(ep: Endpoint, segment: SegSpec, now = 0): StepResult {
  return endpointStep(ep, { kind: 'segment', segment: seg(toward(ep, segment)) }, now);
}

/** Address a segment from the endpoint's peer to the endpoint, unless ports are given. */
function toward(ep: Endpoint, spec: SegSpec): SegSpec {
  return {
    ...spec,
    srcPort: spec.srcPort ?? DEFAULT_PORTS[otherSide(ep.side)],
    dstPort: spec.dstPort ?? ep.config.localPort,
  };
}

/** The timers that are running, with their deadlines (timers that are off are left out). */
export function runningTimers(ep: Endpoint): Partial<Record<TimerName, number>> {
  const running: Partial<Record<TimerName, number>> = {};
  for (const [name, deadline] of Object.entries(ep.timers) as [TimerName, number | null][]) {
    if (deadline !== null) running[name] = deadline;
  }
  return running;
}

export function call(ep: Endpoint, userCall: UserCall, now = 0, bytes?: number): StepResult {
  const input: EndpointInput = bytes === undefined ? { kind: 'call', call: userCall } : { kind: 'call', call: userCall, bytes };
  return endpointStep(ep, input, now);
}

/** Fire a timer at its own deadline (throws if it is not running: a test bug or an engine bug). */
export function fire(ep: Endpoint, timer: TimerName): { out: StepResult; at: number } {
  const at = ep.timers[timer];
  if (at === null) throw new Error(`fixture: timer ${timer} is not running in ${ep.state}`);
  return { out: endpointStep(ep, { kind: 'timer', timer }, at), at };
}

/** Run one step and insist it lands in `state`; fixtures use this so drift fails loudly. */
function drive(ep: Endpoint, input: EndpointInput, now: number, state: TcpState, what: string): Endpoint {
  const out = endpointStep(ep, input, now);
  if (out.endpoint.state !== state) {
    throw new Error(`fixture: ${what} in ${ep.state} gave ${out.endpoint.state} (rule ${out.rule}), expected ${state}`);
  }
  return out.endpoint;
}

function segInput(to: Side, spec: SegSpec): EndpointInput {
  return { kind: 'segment', segment: seg({ srcPort: DEFAULT_PORTS[otherSide(to)], dstPort: DEFAULT_PORTS[to], ...spec }) };
}

// ---------------------------------------------------------------------------------------------
// Fixtures, one per state

export function closed(side: Side, opts: FixtureOptions = {}): Endpoint {
  const { iss } = numbers(side, opts);
  return createEndpoint(side, {
    ...DEFAULT_ENDPOINT_CONFIG,
    localPort: DEFAULT_PORTS[side],
    remotePort: DEFAULT_PORTS[otherSide(side)],
    ...opts.config,
    iss,
  });
}

/** Server after listen(). */
export function listen(opts: FixtureOptions = {}): Endpoint {
  const { at } = numbers('server', opts);
  return drive(closed('server', opts), { kind: 'call', call: 'listen' }, at, 'LISTEN', 'listen()');
}

/** Client after connect(): its SYN <SEQ=ISS> is outstanding. */
export function synSent(opts: FixtureOptions = {}): Endpoint {
  const { at } = numbers('client', opts);
  return drive(closed('client', opts), { kind: 'call', call: 'connect' }, at, 'SYN-SENT', 'connect()');
}

/** Server that got the client's SYN in LISTEN and answered SYN,ACK (passive open). */
export function synReceivedPassive(opts: FixtureOptions = {}): Endpoint {
  const { irs, at } = numbers('server', opts);
  return drive(listen({ ...opts, at: 0 }), segInput('server', { flags: 'SYN', seq: irs }), at, 'SYN-RECEIVED', 'SYN');
}

/** Client whose SYN crossed the peer's SYN (simultaneous open, RFC 9293 Figure 7). */
export function synReceivedActive(opts: FixtureOptions = {}): Endpoint {
  const { irs, at } = numbers('client', opts);
  return drive(synSent({ ...opts, at: 0 }), segInput('client', { flags: 'SYN', seq: irs }), at, 'SYN-RECEIVED', 'SYN');
}

/**
 * ESTABLISHED after a normal three-way handshake: the client by SYN-SENT + SYN,ACK, the server
 * by LISTEN + SYN + ACK. SND.NXT = ISS+1, RCV.NXT = IRS+1.
 */
export function established(side: Side, opts: FixtureOptions = {}): Endpoint {
  const { iss, irs, at } = numbers(side, opts);
  const early = { ...opts, at: 0 };
  if (side === 'client') {
    return drive(synSent(early), segInput('client', { flags: 'SYN,ACK', seq: irs, ack: seqAdd(iss, 1) }), at, 'ESTABLISHED', 'SYN,ACK');
  }
  return drive(
    synReceivedPassive(early),
    segInput('server', { flags: 'ACK', seq: seqAdd(irs, 1), ack: seqAdd(iss, 1) }),
    at,
    'ESTABLISHED',
    'ACK',
  );
}

/** ESTABLISHED + close(): our FIN,ACK <SEQ=ISS+1> is outstanding. */
export function finWait1(side: Side, opts: FixtureOptions = {}): Endpoint {
  const { at } = numbers(side, opts);
  return drive(established(side, { ...opts, at: 0 }), { kind: 'call', call: 'close' }, at, 'FIN-WAIT-1', 'close()');
}

/** FIN-WAIT-1 + the peer's ACK of our FIN. */
export function finWait2(side: Side, opts: FixtureOptions = {}): Endpoint {
  const { iss, irs, at } = numbers(side, opts);
  return drive(
    finWait1(side, { ...opts, at: 0 }),
    segInput(side, { flags: 'ACK', seq: seqAdd(irs, 1), ack: seqAdd(iss, 2) }),
    at,
    'FIN-WAIT-2',
    'ACK of FIN',
  );
}

/** ESTABLISHED + the peer's FIN <SEQ=IRS+1>. Our ACK of it may still be waiting (delayed ACK). */
export function closeWait(side: Side, opts: FixtureOptions = {}): Endpoint {
  const { iss, irs, at } = numbers(side, opts);
  return drive(
    established(side, { ...opts, at: 0 }),
    segInput(side, { flags: 'FIN,ACK', seq: seqAdd(irs, 1), ack: seqAdd(iss, 1) }),
    at,
    'CLOSE-WAIT',
    'FIN',
  );
}

/** CLOSE-WAIT after the delayed ACK of the peer's FIN went out. */
export function closeWaitAcked(side: Side, opts: FixtureOptions = {}): Endpoint {
  const ep = closeWait(side, { ...opts, at: 0 });
  const at = ep.timers.delayedAck;
  if (at === null) return ep;
  return drive(ep, { kind: 'timer', timer: 'delayedAck' }, at, 'CLOSE-WAIT', 'delayed ACK');
}

/** FIN-WAIT-1 + the peer's FIN that does not ack ours (simultaneous close, RFC 9293 Figure 13). */
export function closing(side: Side, opts: FixtureOptions = {}): Endpoint {
  const { iss, irs, at } = numbers(side, opts);
  return drive(
    finWait1(side, { ...opts, at: 0 }),
    segInput(side, { flags: 'FIN,ACK', seq: seqAdd(irs, 1), ack: seqAdd(iss, 1) }),
    at,
    'CLOSING',
    'FIN not acking ours',
  );
}

/** CLOSE-WAIT + close(): our FIN,ACK <SEQ=ISS+1> is outstanding. */
export function lastAck(side: Side, opts: FixtureOptions = {}): Endpoint {
  const { at } = numbers(side, opts);
  return drive(closeWaitAcked(side, { ...opts, at: 0 }), { kind: 'call', call: 'close' }, at, 'LAST-ACK', 'close()');
}

/** FIN-WAIT-2 + the peer's FIN <SEQ=IRS+1>: 2MSL runs from `at`. */
export function timeWait(side: Side, opts: FixtureOptions = {}): Endpoint {
  const { iss, irs, at } = numbers(side, opts);
  return drive(
    finWait2(side, { ...opts, at: 0 }),
    segInput(side, { flags: 'FIN,ACK', seq: seqAdd(irs, 1), ack: seqAdd(iss, 2) }),
    at,
    'TIME-WAIT',
    'FIN',
  );
}

/** it.each rows titled by one of their fields, so '%s' prints it plainly ('$field' adds quotes). */
export function titled<K extends string, T extends Record<K, string>>(key: K, rows: readonly T[]): [string, T][] {
  return rows.map((row) => [row[key], row]);
}

/** Every state reachable with a fixture, for tests that loop over states. */
export const FIXTURES: Readonly<Record<Exclude<TcpState, 'CLOSED'>, (side: Side, opts?: FixtureOptions) => Endpoint>> = {
  LISTEN: (_side, opts) => listen(opts),
  'SYN-SENT': (_side, opts) => synSent(opts),
  'SYN-RECEIVED': (_side, opts) => synReceivedPassive(opts),
  ESTABLISHED: established,
  'FIN-WAIT-1': finWait1,
  'FIN-WAIT-2': finWait2,
  'CLOSE-WAIT': closeWaitAcked,
  CLOSING: closing,
  'LAST-ACK': lastAck,
  'TIME-WAIT': timeWait,
};

// ---------------------------------------------------------------------------------------------
// One assertion for a rule test: `expect(out).toFollowRule({ state, sent, rule, rfc, app })`
// checks the resulting state, the exact segments emitted (flags, seq, ack, len; from our port
// to the peer's; none flagged as a retransmission), the rule id, that the rule's RFC section is
// one the rule table gives, and, when given, the application events.

export interface StepExpectation {
  state: TcpState;
  /** Every segment the step must emit, in order; [] when it must stay silent. */
  sent: readonly SegSpec[];
  rule: RuleId;
  /** The section(s) tcp-rules.md gives for the row; RULES[rule] must be one of them. */
  rfc: string | readonly string[];
  /** When given, exactly these application events. */
  app?: readonly AppEvent[];
}

interface StepSummary {
  state: TcpState;
  sent: WireSegment[];
  ports: [number, number][];
  retransmission: boolean[];
  rule: RuleId;
  rfc: string;
  app?: readonly AppEvent[];
}

function summarize(out: StepResult, expected: StepExpectation): { actual: StepSummary; wanted: StepSummary } {
  const side = out.endpoint.side;
  const sections: readonly string[] = typeof expected.rfc === 'string' ? [expected.rfc] : expected.rfc;
  const cited = RULES[out.rule];
  const actual: StepSummary = {
    state: out.endpoint.state,
    sent: sent(out),
    ports: out.emitted.map(({ segment }) => [segment.srcPort, segment.dstPort]),
    retransmission: out.emitted.map((e) => e.retransmission),
    rule: out.rule,
    // Shown as the table's list when it matches, so only a real mismatch appears in the diff.
    rfc: sections.includes(cited) ? sections.join(' or ') : cited,
    ...(expected.app ? { app: out.app } : {}),
  };
  const wanted: StepSummary = {
    state: expected.state,
    sent: expected.sent.map(expectedWire),
    ports: expected.sent.map(() => [DEFAULT_PORTS[side], DEFAULT_PORTS[otherSide(side)]]),
    retransmission: expected.sent.map(() => false),
    rule: expected.rule,
    rfc: sections.join(' or '),
    ...(expected.app ? { app: expected.app } : {}),
  };
  return { actual, wanted };
}

expect.extend({
  toFollowRule(received: StepResult, expected: StepExpectation) {
    const { actual, wanted } = summarize(received, expected);
    const pass = this.equals(actual, wanted);
    return {
      pass,
      message: () =>
        pass
          ? `expected the step not to follow rule ${expected.rule}`
          : `expected the step to follow rule ${expected.rule} (state, segments, rule, RFC section, app events)`,
      actual,
      expected: wanted,
    };
  },
});

interface RuleMatchers<R = unknown> {
  /** See StepExpectation. */
  toFollowRule: (expected: StepExpectation) => R;
}

declare module 'vitest' {
  interface Matchers<T = any> extends RuleMatchers<T> {}
}
