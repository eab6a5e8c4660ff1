/**
 * Reading the kernel's ground truth (captures/CASE.pcap + CASE.json, made by capture.sh) into the
 * same shape as an engine trace, so a test can lay the two side by side: per segment the side,
 * flags, sequence and acknowledgment numbers relative to each side's ISN, payload length and
 * time; per side the states it went through.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCapture, type CapturedSegment } from '../../src/capture';
import type { Side, TcpState, Trace } from '../../src/engine';

export const CAPTURES = join(dirname(fileURLToPath(import.meta.url)), 'captures');

/** One segment as both sides of the comparison see it. */
export interface WireSegment {
  readonly side: Side;
  /** Sorted control bits, e.g. "ACK,FIN". */
  readonly flags: string;
  readonly seq: number;
  readonly ack: number | null;
  readonly len: number;
  /** Milliseconds after the first segment. */
  readonly t: number;
}

/** What one capture (or one engine run) shows, ready to compare. */
export interface Observed {
  readonly segments: readonly WireSegment[];
  readonly states: Readonly<Record<Side, readonly TcpState[]>>;
}

interface KernelStateChange {
  readonly t: number;
  readonly sport: number;
  readonly dport: number;
  readonly from: string;
  readonly to: string;
}

interface KernelReport {
  readonly serverPort: number;
  readonly tracepoint: boolean;
  readonly states: readonly KernelStateChange[];
  readonly sockets: Readonly<Record<string, string>>;
  readonly ssAfter: readonly { readonly state: string; readonly local: string; readonly peer: string }[];
}

/** The tracepoint's names (TCP_SYN_RECV, …, with _ written -) in RFC 9293's spelling. */
const KERNEL_STATE: Readonly<Record<string, TcpState>> = {
  CLOSE: 'CLOSED',
  LISTEN: 'LISTEN',
  'SYN-SENT': 'SYN-SENT',
  'SYN-RECV': 'SYN-RECEIVED',
  ESTABLISHED: 'ESTABLISHED',
  'FIN-WAIT1': 'FIN-WAIT-1',
  'FIN-WAIT2': 'FIN-WAIT-2',
  'CLOSE-WAIT': 'CLOSE-WAIT',
  CLOSING: 'CLOSING',
  'LAST-ACK': 'LAST-ACK',
  'TIME-WAIT': 'TIME-WAIT',
};

/** Numbers relative to the ISN of each side's first SYN; a side that sent no SYN keeps raw numbers. */
function relativeTo<T extends { side: Side; flags: string; seq: number; ack: number | null }>(segments: readonly T[]): T[] {
  const isn = (side: Side) => segments.find((s) => s.side === side && s.flags.split(',').includes('SYN'))?.seq ?? 0;
  const base = { client: isn('client'), server: isn('server') };
  const other = (side: Side): Side => (side === 'client' ? 'server' : 'client');
  return segments.map((s) => ({
    ...s,
    seq: (s.seq - base[s.side]) >>> 0,
    ack: s.ack === null ? null : (s.ack - base[other(s.side)]) >>> 0,
  }));
}

/** A segment's control bits as the comparison writes them: sorted, without AE. */
export const flagText = (flags: readonly string[]) =>
  flags
    .filter((f) => f !== 'AE')
    .sort()
    .join(',');

/** Epoch seconds (as sock.py prints them) of a captured segment. */
const epochOf = (s: CapturedSegment) => s.epochSec + s.epochNs / 1e9;

/**
 * The kernel's run: the segments sent before `scenario_end`, and each side's states up to then.
 * `clientPortAfterServer` picks one connection of a case with several clients (accept-queue-full:
 * the client bound to the server's port + 1): its segments, its sockets' state changes and the
 * listener's.
 */
export function readGroundTruth(
  name: string,
  clientPortAfterServer?: number,
): Observed & { readonly report: KernelReport; readonly durationMs: number } {
  const json = JSON.parse(readFileSync(join(CAPTURES, `${name}.json`), 'utf8')) as KernelReport;
  const clientPort = clientPortAfterServer === undefined ? undefined : json.serverPort + clientPortAfterServer;
  const ofClient = (a: number, b: number) => clientPort === undefined || a === clientPort || b === clientPort;
  const report = { ...json, states: json.states.filter((e) => ofClient(e.sport, e.dport) || (e.dport === 0 && e.to === 'LISTEN')) };
  const capture = readCapture(readFileSync(join(CAPTURES, `${name}.pcap`)));
  const end = Number(report.sockets.scenario_end ?? Number.POSITIVE_INFINITY);
  const kept = capture.packets.filter((s) => epochOf(s) <= end && ofClient(s.srcPort, s.dstPort));
  const first = kept[0];
  const segments = relativeTo(
    kept.map((s) => ({
      side: s.srcPort === report.serverPort ? ('server' as const) : ('client' as const),
      flags: flagText(s.flags),
      seq: s.seq,
      ack: s.ack,
      len: s.len,
      t: (s.timeUs - (first?.timeUs ?? 0)) / 1000,
    })),
  );
  const firstEpoch = first ? epochOf(first) : 0;
  // How long the case ran: to the end of its calls, or (syn-timeout) to connect()'s failure.
  const until = Number(report.sockets.scenario_end ?? report.sockets.connect_end ?? epochOf(kept.at(-1) ?? capture.packets[0]!));
  return { report, segments, states: kernelStates(report, firstEpoch, end), durationMs: (until - firstEpoch) * 1000 };
}

/**
 * Each side's states from the sock:inet_sock_set_state tracepoint. Which socket is whose: the
 * server's port is in the report, every other socket of the case is the client's. Two things the
 * tracepoint reports in its own way:
 *  - entering TIME-WAIT, the kernel hands the connection to a small TIME-WAIT socket and reports
 *    the full one as going to CLOSE; `ss` afterwards shows that socket in TIME-WAIT;
 *  - the listening socket itself stays in LISTEN and is closed by the script's housekeeping.
 * The tracepoint has its own clock: its first SYN-SENT is taken as the first SYN on the wire.
 */
function kernelStates(report: KernelReport, firstEpoch: number, endEpoch: number): Record<Side, TcpState[]> {
  const synSent = report.states.find((e) => e.to === 'SYN-SENT');
  const cutoff = (synSent?.t ?? 0) + (endEpoch - firstEpoch);
  const inTimeWait = new Set(report.ssAfter.filter((row) => row.state === 'TIME-WAIT').map((row) => Number(row.local.split(':').at(-1))));
  const history: Record<Side, TcpState[]> = { client: ['CLOSED'], server: ['CLOSED'] };
  for (const e of report.states) {
    if (e.t > cutoff) break;
    const listener = e.dport === 0;
    if (listener && e.to !== 'LISTEN') continue;
    const side: Side = e.sport === report.serverPort ? 'server' : 'client';
    const closingTo = e.to === 'CLOSE' && (e.from === 'FIN-WAIT2' || e.from === 'CLOSING') && inTimeWait.has(e.sport);
    const state = closingTo ? 'TIME-WAIT' : KERNEL_STATE[e.to];
    if (state === undefined) throw new Error(`unknown kernel state ${e.to}`);
    if (history[side].at(-1) !== state) history[side].push(state);
  }
  return history;
}

/**
 * The engine's run in the same shape, up to `untilMs` after its first segment. Segments of hosts
 * not drawn as lifelines (another client's, accept-queue-full) are not the connection's.
 */
export function observeTrace(trace: Trace, untilMs: number): Observed {
  const own = trace.segments.filter((s) => s.srcAddr === undefined && s.dstAddr === undefined);
  const t0 = own[0]?.sentAt ?? 0;
  const segments = relativeTo(
    own
      .filter((s) => s.sentAt - t0 <= untilMs)
      .map((s) => ({ side: s.from, flags: flagText(s.flags), seq: s.seq, ack: s.ack, len: s.len, t: s.sentAt - t0 })),
  );
  const states: Record<Side, TcpState[]> = { client: [trace.initial.client.state], server: [trace.initial.server.state] };
  for (const step of trace.steps) {
    if (step.t - t0 > untilMs) break;
    for (const side of ['client', 'server'] as const) {
      const state = step.after[side].state;
      if (states[side].at(-1) !== state) states[side].push(state);
    }
  }
  return { segments, states };
}

/** One line per segment, for a readable diff. */
export function segmentLine(s: WireSegment): string {
  return `${s.side} ${s.flags} seq=${s.seq}${s.ack === null ? '' : ` ack=${s.ack}`}${s.len > 0 ? ` len=${s.len}` : ''}`;
}

/**
 * Timing tolerance: a segment of the engine and its kernel counterpart may be 15 ms + 5 % of the
 * time since the first SYN apart. 15 ms covers what a loopback run adds to a step (scheduling on
 * a busy machine, the kernel's 4 ms ticks, an ACK sent when the reader thread wakes). The 5 %
 * covers the kernel's timer wheel, which fires a long timeout late by up to an eighth of it, so
 * a SYN schedule drifts (measured: the 8th SYN at 11.35 s for a nominal 11 s, the 11th at 68.2 s
 * for 67 s, ETIMEDOUT at 134.4 s for 131 s).
 */
export const TOLERANCE = { ms: 15, fraction: 0.05 } as const;

export function withinTolerance(engineMs: number, kernelMs: number): boolean {
  return Math.abs(engineMs - kernelMs) <= TOLERANCE.ms + TOLERANCE.fraction * engineMs;
}
