/**
 * A trace as a packetdrill script from one host's point of view, so that a teacher can replay
 * the scenario against a real kernel: the host's socket calls, `>` for each segment its kernel
 * must send and `<` for each segment packetdrill injects as the remote peer.
 *
 * Syntax as packetdrill documents it (github.com/google/packetdrill): one timestamped event a
 * line; packets in a tcpdump-like form `FLAGS start:end(len) ack N win W <options>`, where the
 * kernel's own numbers are relative to its ISN and the remote's are written as sent (the remote's
 * ISN is 0 here); system calls in an strace-like form with `...` for arguments packetdrill fills in.
 * Outbound options are written `<...>` (checked by nobody): this engine's SYN options are the
 * RFC's, not a given kernel's.
 */
import type { Side, TcbSnapshot, Trace, TraceSegment, TraceStep } from '../engine';
import { segmentsSeenAt, type SeenSegment } from './seenAt';

/** A line of the script with what orders it: logical time, then step, then place within the step. */
interface ScriptEvent {
  readonly t: number;
  readonly step: number;
  /** Within one step: the arriving segment (0), then the call (1), what it sent (2), accept (3). */
  readonly order: number;
  readonly lines: readonly string[];
}

const LISTEN_FD = 3;
const ACCEPTED_FD = 4;

/** packetdrill's flag letters, in the order tcpdump prints them; `.` is ACK. */
const FLAG_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['SYN', 'S'],
  ['FIN', 'F'],
  ['RST', 'R'],
  ['PSH', 'P'],
  ['URG', 'U'],
  ['ECE', 'E'],
  ['CWR', 'W'],
  ['ACK', '.'],
];

function flagLetters(segment: TraceSegment): string {
  return FLAG_LETTERS.filter(([flag]) => segment.flags.includes(flag as never))
    .map(([, letter]) => letter)
    .join('');
}

/** Seconds with millisecond precision (microseconds when the trace has them). */
function seconds(tMs: number): string {
  const s = tMs / 1000;
  return Number.isInteger(tMs) ? s.toFixed(3) : s.toFixed(6);
}

const relative = (value: number, isn: number) => (value - isn) >>> 0;

/** Options an injected SYN carries, as packetdrill writes them. */
function inboundOptions(segment: TraceSegment): string {
  const o = segment.options;
  if (!o) return '';
  const parts: string[] = [];
  if (o.mss !== undefined) parts.push(`mss ${o.mss}`);
  if (o.sackPermitted) parts.push('sackOK');
  if (o.windowScale !== undefined) parts.push('nop', `wscale ${o.windowScale}`);
  return parts.length > 0 ? ` <${parts.join(',')}>` : '';
}

function packetLine(seen: SeenSegment, trace: Trace): string {
  const { segment, direction } = seen;
  const seq = relative(segment.seq, trace.isn[segment.from]);
  const ack = segment.ack === null ? '' : ` ack ${relative(segment.ack, trace.isn[segment.to])}`;
  const numbers = `${seq}:${(seq + segment.len) >>> 0}(${segment.len})`;
  if (direction === 'out') return `> ${flagLetters(segment)} ${numbers}${ack}${segment.options ? ' <...>' : ''}`;
  return `< ${flagLetters(segment)} ${numbers}${ack} win ${segment.window}${inboundOptions(segment)}`;
}

/** Why a segment cannot be a line of this host's script, or null when it can. */
function notReplayable(seen: SeenSegment): string | null {
  // The host's kernel did not send it: a scanner's raw socket or a test harness did.
  const { segment, direction } = seen;
  if (direction === 'out' && segment.origin !== 'endpoint') return `sent by a raw socket, not the kernel (${segment.origin})`;
  // packetdrill plays one remote address; a third party's segments cannot be written for it.
  const thirdParty = segment.srcAddr ?? segment.dstAddr;
  if (thirdParty === undefined) return null;
  if (segment.origin === 'other-client') return `from another client, ${thirdParty}`;
  return `${direction === 'in' ? 'from' : 'to'} the forged address ${thirdParty}`;
}

function segmentEvent(seen: SeenSegment, trace: Trace): ScriptEvent {
  const { segment, direction } = seen;
  const step = direction === 'out' ? segment.sentStep : (segment.arrivalStep ?? segment.sentStep);
  const why = notReplayable(seen);
  const line =
    why === null ? `${seconds(seen.t)} ${packetLine(seen, trace)}` : `// ${seconds(seen.t)} ${packetLine(seen, trace)}  (${why})`;
  return { t: seen.t, step, order: direction === 'in' ? 0 : 2, lines: [line] };
}

/**
 * listen()'s backlog argument: the listener's own (128 unless the scenario sets one, as the SYN
 * flood and the full accept queue do), so the kernel under test meets the same limits. Where the
 * engine models no limit, the script makes one connection, and a backlog of 1 holds it.
 */
function listenBacklog(listener: TcbSnapshot): number {
  return listener.backlog ?? 1;
}

/** The system calls one user call becomes on a real socket (fd is the socket it acts on). */
function callLines(step: TraceStep, fd: number): string[] {
  if (step.input.kind !== 'call') return [];
  switch (step.input.call) {
    case 'listen':
      return [
        `socket(..., SOCK_STREAM, IPPROTO_TCP) = ${LISTEN_FD}`,
        `setsockopt(${LISTEN_FD}, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0`,
        `bind(${LISTEN_FD}, ..., ...) = 0`,
        `listen(${LISTEN_FD}, ${listenBacklog(step.after[step.side])}) = 0`,
      ];
    case 'connect':
      // Non-blocking, so the script goes on while the handshake runs.
      return [
        `socket(..., SOCK_STREAM, IPPROTO_TCP) = ${LISTEN_FD}`,
        `fcntl(${LISTEN_FD}, F_SETFL, O_RDWR|O_NONBLOCK) = 0`,
        `connect(${LISTEN_FD}, ..., ...) = -1 EINPROGRESS (Operation now in progress)`,
      ];
    case 'send': {
      const bytes = step.input.bytes ?? 0;
      return [`write(${fd}, ..., ${bytes}) = ${bytes}`];
    }
    case 'shutdown':
      return [`shutdown(${fd}, SHUT_WR) = 0`];
    case 'close':
      return [`close(${fd}) = 0`];
    case 'accept':
      // The accept() that returns this script's connection is written where it returns (callEvents).
      return step.app.includes('accept-returned-other')
        ? [`// ${step.event}: returns another client's connection, not in this script`]
        : [];
    case 'abort':
      // SO_LINGER with a zero timeout makes close() abort: RST instead of FIN (RFC 9293 §3.10.5).
      return [`setsockopt(${fd}, SOL_SOCKET, SO_LINGER, {onoff=1, linger=0}, 8) = 0`, `close(${fd}) = 0`];
    default:
      return [`// ${step.event}: no packetdrill equivalent written`];
  }
}

/** The host's calls, and accept() where its listener hands over the connection. */
function callEvents(trace: Trace, side: Side): ScriptEvent[] {
  const events: ScriptEvent[] = [];
  let fd = LISTEN_FD;
  for (const step of trace.steps) {
    if (step.side !== side) continue;
    const t = seconds(step.t);
    const lines = callLines(step, fd);
    if (lines.length > 0)
      events.push({ t: step.t, step: step.index, order: 1, lines: lines.map((l) => (l.startsWith('//') ? l : `${t} ${l}`)) });
    if (step.app.includes('accept-returned')) {
      events.push({ t: step.t, step: step.index, order: 3, lines: [`${t} accept(${LISTEN_FD}, ..., ...) = ${ACCEPTED_FD}`] });
      fd = ACCEPTED_FD;
    }
  }
  return events;
}

/** Which rules the run followed, and so how far a Linux kernel should agree with it. */
function profileLines(trace: Trace): string[] {
  if (trace.profile === 'linux')
    return [
      "// This run follows the lab's Linux profile (delayed ACKs, RTO and backlog as Linux does them);",
      '// the options of what the kernel sends are not checked (<...>).',
    ];
  return [
    '// This run follows RFC 9293 literally: where Linux chooses differently (delayed ACKs, RTO,',
    '// SYN options, a listen queue one longer than its backlog), packetdrill stops at the first',
    '// line the kernel does not match and says why.',
  ];
}

function header(trace: Trace, side: Side): string[] {
  return [
    `// TCP Handshake Lab: scenario "${trace.scenario}", seen from the ${side}.`,
    '// Times in seconds. The kernel under test plays this side; packetdrill plays the peer, whose',
    '// ISN is 0. Segments are what this side sent (>) and received (<); a segment the network lost',
    '// on its way here is not in the script, because it never arrived.',
    ...profileLines(trace),
    '',
  ];
}

export interface PacketdrillOptions {
  readonly side: Side;
}

/** The packetdrill script of `trace` from `options.side`'s point of view. */
export function traceToPacketdrill(trace: Trace, options: PacketdrillOptions = { side: 'client' }): string {
  const events = [...segmentsSeenAt(trace, options.side).map((seen) => segmentEvent(seen, trace)), ...callEvents(trace, options.side)];
  events.sort((a, b) => a.t - b.t || a.step - b.step || a.order - b.order);
  return [...header(trace, options.side), ...events.flatMap((e) => e.lines), ''].join('\n');
}
