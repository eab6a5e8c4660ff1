import { DEFAULT_OPTIONS, seqGt, simulate, type Trace, type TraceSegment, type TraceStep } from '../../engine';
import { numberParam } from './explanationParams';

/**
 * Where a real Linux kernel does something other than the RFC behaviour the lab shows, the
 * explanation says so beside the step. Each case was measured on Linux 6.18 in a network
 * namespace of its own (scripts/kernel/capture.sh; the numbers are in scripts/kernel/README.md).
 */
export type LinuxNoteId =
  | 'synRetries'
  | 'dupSynInSynReceived'
  | 'finRto'
  | 'finWait2Instant'
  | 'synCookiesDefault'
  | 'abortRstAck'
  | 'quickAck'
  | 'simultaneousAck'
  | 'timeWaitReuse'
  | 'eofAckNow'
  | 'halfOpenDrop';

export interface LinuxNote {
  readonly id: LinuxNoteId;
  /** Extra placeholders for the note's text, beside the step's own; a list is joined in the reader's language. */
  readonly params: Readonly<Record<string, number | readonly number[]>>;
}

/** The note's placeholders in the reader's language: lists joined with `separator`. */
export function linuxNoteParams(note: Pick<LinuxNote, 'params'>, separator: string): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(note.params).map(([name, value]) => [name, typeof value === 'number' ? value : value.join(separator)]),
  );
}

/** Under the RFC profile: where a Linux kernel does otherwise (text keys `linux.<id>`). */
export function linuxNoteFor(trace: Trace, step: TraceStep): LinuxNote | null {
  const input = step.input.kind === 'segment' ? trace.segments[step.input.segmentId - 1] : undefined;
  const sent = step.emitted.map((id) => trace.segments[id - 1]);
  const resent = step.rule === 'retransmit' ? sent[0] : undefined;
  const isSyn = (flags: readonly string[] | undefined) => flags?.includes('SYN') === true && !flags.includes('ACK');

  if ((resent && isSyn(resent.flags)) || (step.rule === 'retransmit-give-up' && step.from === 'SYN-SENT')) {
    return { id: 'synRetries', params: { ...labSynSchedule() } };
  }
  if (resent?.flags.includes('FIN')) return { id: 'finRto', params: {} };
  if (input && isSyn(input.flags) && step.from === 'SYN-RECEIVED') return { id: 'dupSynInSynReceived', params: {} };
  // One FIN+ACK processed as its ACK, then its FIN (RFC 9293 §3.10.7.4 steps five and eight).
  if (step.from === 'FIN-WAIT-1' && step.to === 'TIME-WAIT') return { id: 'finWait2Instant', params: {} };
  if (step.rule === 'listen-backlog-full') return { id: 'synCookiesDefault', params: {} };
  return linuxRuleNoteFor(trace, step, input);
}

/** The steps where one of the Linux profile's rules (engine/profile.ts) would decide otherwise. */
function linuxRuleNoteFor(trace: Trace, step: TraceStep, input: TraceSegment | undefined): LinuxNote | null {
  const note = (id: LinuxNoteId): LinuxNote => ({ id, params: {} });
  if (step.rule === 'abort-send-rst') return note('abortRstAck');
  if (step.rule === 'data-received' && step.to === 'ESTABLISHED' && !sendsAck(trace, step)) return note('quickAck');
  if (step.rule === 'syn-received-simultaneous-syn-ack') return note('simultaneousAck');
  if (wouldReopenTimeWait(step, input)) return note('timeWaitReuse');
  if (step.rule === 'delayed-ack' && step.from === 'CLOSE-WAIT') return note('eofAckNow');
  if (step.rule === 'retransmit-give-up' && step.from === 'SYN-RECEIVED') return note('halfOpenDrop');
  return null;
}

/**
 * A SYN above the old connection's numbers reaching a side in TIME-WAIT that still listens: what
 * Linux hands to its listener as a new connection (engine/profile.ts reopensFromTimeWait). With
 * no listener, or a SYN at or below RCV.NXT, Linux answers it as the RFC does.
 */
function wouldReopenTimeWait(step: TraceStep, input: TraceSegment | undefined): boolean {
  const me = step.after[step.side];
  return step.from === 'TIME-WAIT' && input?.flags.join(',') === 'SYN' && me.listening && seqGt(input.seq, me.rcvNxt);
}

/** A half-open connection in the place Linux has beyond listen()'s backlog (engine/profile.ts listenQueueCapacity). */
function takesLinuxExtraPlace(step: TraceStep): boolean {
  const [queued, backlog] = [numberParam(step, 'queued'), numberParam(step, 'backlog')];
  return step.rule === 'listen-syn-queued' && queued !== undefined && backlog !== undefined && queued > backlog;
}

function sendsAck(trace: Trace, step: TraceStep): boolean {
  return step.emitted.some((id) => trace.segments[id - 1]?.flags.join(',') === 'ACK');
}

/** Under the Linux profile: where RFC 9293 would do otherwise (text keys `rfcWould.<id>`). */
export type RfcNoteId =
  | 'synRetries'
  | 'dupSyn'
  | 'rto'
  | 'abort'
  | 'quickAck'
  | 'eofAck'
  | 'simultaneousAck'
  | 'timeWaitReuse'
  | 'halfOpenListen'
  | 'cookies'
  | 'synQueueExtra'
  | 'timeWait';

/** The rules of the Linux profile that have a note, each named by the rule the engine recorded. */
const RFC_NOTE_BY_RULE: Partial<Record<TraceStep['rule'], RfcNoteId>> = {
  'syn-received-dup-syn-syn-ack': 'dupSyn',
  'abort-send-rst': 'abort',
  'eof-read-ack': 'eofAck',
  'syn-received-simultaneous-syn-ack-ack': 'simultaneousAck',
  'time-wait-reopen': 'timeWaitReuse',
  'syn-received-give-up-listen': 'halfOpenListen',
  'listen-syn-cookie': 'cookies',
};

export function rfcNoteFor(trace: Trace, step: TraceStep): { id: RfcNoteId; params: LinuxNote['params'] } | null {
  const resent = step.rule === 'retransmit' ? trace.segments[(step.emitted[0] ?? 0) - 1] : undefined;
  const bareSyn = resent?.flags.join(',') === 'SYN';
  if (bareSyn || (step.rule === 'retransmit-give-up' && step.from === 'SYN-SENT')) {
    return { id: 'synRetries', params: { ...labSynSchedule() } };
  }
  if (resent && (resent.flags.includes('FIN') || resent.len > 0)) return { id: 'rto', params: {} };
  const byRule = RFC_NOTE_BY_RULE[step.rule];
  if (byRule) return { id: byRule, params: {} };
  if (step.rule === 'data-received' && step.from === 'ESTABLISHED' && sendsAck(trace, step)) return { id: 'quickAck', params: {} };
  if (takesLinuxExtraPlace(step)) return { id: 'synQueueExtra', params: {} };
  if (step.to === 'TIME-WAIT' && step.from !== 'TIME-WAIT') return { id: 'timeWait', params: {} };
  return null;
}

/** The note beside a step: under RFC 9293, what Linux does; under Linux, what the RFC would do. */
export type ProfileNote =
  ({ readonly about: 'linux' } & LinuxNote) | { readonly about: 'rfc9293'; readonly id: RfcNoteId; readonly params: LinuxNote['params'] };

export function profileNoteFor(trace: Trace, step: TraceStep): ProfileNote | null {
  if (trace.profile !== 'linux') {
    const linux = linuxNoteFor(trace, step);
    return linux && { about: 'linux', ...linux };
  }
  const rfc = rfcNoteFor(trace, step);
  if (rfc) return { about: 'rfc9293', ...rfc };
  // What Linux itself does that both profiles draw alike is still worth saying.
  const linux = linuxNoteFor(trace, step);
  return linux?.id === 'finWait2Instant' ? { about: 'linux', ...linux } : null;
}

interface SynSchedule {
  /** Seconds after the first SYN at which each retransmission left. */
  readonly labSchedule: readonly number[];
  /** Seconds after the first SYN at which connect() failed. */
  readonly labGiveUp: number;
}
let schedule: SynSchedule | undefined;

/**
 * The lab's own schedule for a SYN that is never answered, read off the engine (a client whose
 * every SYN is lost) rather than written down, so the text follows the engine's constants.
 */
export function labSynSchedule(): SynSchedule {
  if (schedule) return schedule;
  // The RFC profile's: DEFAULT_OPTIONS, whichever profile the reader has chosen.
  const trace = simulate(
    {
      id: 'syn-unanswered',
      calls: [{ side: 'client', call: 'connect', when: { at: 0 } }],
      faults: [{ from: 'client', flags: ['SYN'], fate: 'lose' }],
    },
    DEFAULT_OPTIONS,
  );
  const resent = trace.segments.filter((s) => s.from === 'client' && s.retransmission).map((s) => s.sentAt / 1000);
  const giveUp = trace.steps.find((s) => s.rule === 'retransmit-give-up');
  schedule = { labSchedule: resent, labGiveUp: (giveUp?.t ?? Number.NaN) / 1000 };
  return schedule;
}
