import { DEFAULT_OPTIONS, simulate, type Trace, type TraceStep } from '../../engine';

/**
 * Where a real Linux kernel does something other than the RFC behaviour the lab shows, the
 * explanation says so beside the step. Each case was measured on Linux 6.18 in a network
 * namespace of its own (scripts/kernel/capture.sh; the numbers are in scripts/kernel/README.md).
 */
export type LinuxNoteId = 'synRetries' | 'dupSynInSynReceived' | 'finRto' | 'finWait2Instant' | 'synCookiesDefault';

export interface LinuxNote {
  readonly id: LinuxNoteId;
  /** Extra placeholders for the note's text, beside the step's own; a list is joined in the reader's language. */
  readonly params: Readonly<Record<string, number | readonly number[]>>;
}

/** The note's placeholders in the reader's language: lists joined with `separator`. */
export function linuxNoteParams(note: LinuxNote, separator: string): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(note.params).map(([name, value]) => [name, typeof value === 'number' ? value : value.join(separator)]),
  );
}

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
  return null;
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
