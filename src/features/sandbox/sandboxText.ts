/**
 * Everything the sandbox says, built from the trace and the store's outcomes. Pure, so the
 * wording is tested without rendering; the components only place it.
 */
import type { AppEvent, Trace, TraceSegment, TraceStep, UserCall } from '../../engine';
import { segmentStatus, type SandboxFate, type SandboxOutcome, type SandboxPresetId, type SegmentStatus } from '../../sandbox';
import { formatDuration, formatFlags, type Translate } from '../../ui/seq-format';

/** The call as code, e.g. "connect()", "send(100)". The same in every language. */
export function callLabel(call: UserCall, bytes: number | undefined, t: Translate): string {
  return t(`sandbox.call.${call}`, { bytes: bytes ?? 0 });
}

export function delayLabel(ms: number, t: Translate): string {
  return formatDuration(ms, t);
}

/** Calls that fail: the RFC's "error: …" and a send() on a connection already reset (EPIPE). */
const isError = (event: AppEvent) => event.startsWith('error-') || event === 'broken-pipe' || event === 'accept-invalid';

export interface CallResult {
  /** "Client called send(100) in FIN-WAIT-1." */
  readonly headline: string;
  /** The error the application gets, in words ("Not allowed in this state: …"), or null. */
  readonly error: string | null;
  /** State change and what was sent. */
  readonly details: string;
  readonly rfc: string;
}

/** What a socket call step did, or null if the step was not a call. */
export function callResult(trace: Trace, step: TraceStep | null, t: Translate): CallResult | null {
  if (!step || step.input.kind !== 'call') return null;
  const side = t(`side.${step.side}`);
  const call = callLabel(step.input.call, step.input.bytes, t);
  const headline = t('sandbox.result.call', { side, call, state: step.from });
  const errorEvent = step.app.find(isError);
  const error = errorEvent ? t('sandbox.result.error', { error: t(`app.${errorEvent}`) }) : null;
  const parts: string[] = [];
  if (!errorEvent) {
    parts.push(
      step.from === step.to ? t('sandbox.result.stays', { state: step.to }) : t('sandbox.result.change', { from: step.from, to: step.to }),
    );
  }
  const sent = step.emitted
    .map((id) => trace.segments[id - 1])
    .filter((segment): segment is TraceSegment => segment !== undefined)
    .map((segment) => formatFlags(segment));
  if (sent.length > 0) parts.push(t('sandbox.result.sends', { flags: sent.join('; ') }));
  // accept() sends nothing and changes no state: what it handed over is its whole effect.
  if (step.input.call === 'accept' && !errorEvent) {
    parts.push(...step.app.map((event) => t('sandbox.result.app', { what: t(`app.${event}`) })));
  }
  return { headline, error, details: parts.join(' '), rfc: t('sandbox.result.rfc', { section: step.rfc }) };
}

/** "#3 SYN, ACK Server → Client": how a segment is named in the panel's list. */
export function segmentName(segment: TraceSegment, t: Translate): string {
  return t('sandbox.net.segment', {
    id: segment.id,
    flags: formatFlags(segment),
    from: t(`side.${segment.from}`),
    to: t(`side.${segment.to}`),
  });
}

/** Why the fate buttons are there or not, for the selected segment. */
export function statusText(status: SegmentStatus, fate: SandboxFate | null, t: Translate): string {
  switch (status.kind) {
    case 'in-flight':
      if (fate) {
        return t(`sandbox.status.fate.${fate.fate}`, { k: fate.atStep, delay: delayLabel(fate.delayMs ?? 0, t) });
      }
      return t('sandbox.status.inFlight');
    case 'arrived':
      // The cursor after the arrival step is arrivalStep + 1: that is the "step" the learner saw it land.
      return t('sandbox.status.arrived', { k: status.arrivalStep + 1 });
    case 'gone':
      return t('sandbox.status.gone');
    case 'unsent':
      return t('sandbox.status.unsent');
    case 'copy':
      return t('sandbox.status.copy', { original: status.original });
    case 'unknown':
      return t('sandbox.status.unknown');
  }
}

const REFUSAL_KEYS = {
  same: 'sandbox.refused.same',
  duplicated: 'sandbox.refused.duplicated',
  'changes-past': 'sandbox.refused.changesPast',
  arrived: 'sandbox.refused.arrived',
  gone: 'sandbox.refused.gone',
  unsent: 'sandbox.refused.unsent',
  copy: 'sandbox.refused.copy',
  unknown: 'sandbox.refused.unknown',
} as const;

/**
 * What the live region says after the learner did something in the panel. Calls say what the
 * call did (the error, if any, first); the step announcer separately reads the step itself.
 */
export function outcomeText(outcome: SandboxOutcome, trace: Trace, t: Translate): string {
  switch (outcome.kind) {
    case 'call': {
      const result = callResult(trace, trace.steps[outcome.stepIndex] ?? null, t);
      const text = result ? [result.headline, result.error ?? result.details].filter(Boolean).join(' ') : '';
      return [forkText(outcome.fork, t), text].filter(Boolean).join(' ');
    }
    case 'fate': {
      const text = t(`sandbox.outcome.${outcome.fate}`, { id: outcome.segmentId, delay: delayLabel(outcome.delayMs ?? 0, t) });
      return [forkText(outcome.fork, t), text].filter(Boolean).join(' ');
    }
    case 'refused':
      return t(REFUSAL_KEYS[outcome.reason], { id: outcome.segmentId });
    case 'reset':
      return t('sandbox.outcome.reset');
    case 'preset':
      return t('sandbox.outcome.preset', { preset: presetLabel(outcome.preset, t) });
    case 'undone':
      return t('sandbox.outcome.undone');
    case 'nothing-to-undo':
      return t('sandbox.outcome.nothingToUndo');
    case 'not-sandbox':
      return t('sandbox.outcome.notSandbox');
  }
}

/**
 * The line shown under the calls after the learner did something: what the card below and the
 * first-fork callout do not already say (a call's result is on the card). It stays on screen
 * while the learner steps on, so it is worded for the step on screen (`cursor`): "will be lost"
 * while the segment is still to arrive, "was lost" once its moment has passed.
 */
export function visibleMessage(outcome: SandboxOutcome, trace: Trace, cursor: number, t: Translate): string {
  switch (outcome.kind) {
    case 'call':
      return outcome.fork.firstTime ? '' : forkText(outcome.fork, t);
    case 'fate': {
      const status = segmentStatus(trace, cursor, outcome.segmentId).kind;
      const settled = status === 'arrived' || status === 'gone';
      const key = settled ? (`sandbox.outcome.done.${outcome.fate}` as const) : (`sandbox.outcome.${outcome.fate}` as const);
      const text = t(key, { id: outcome.segmentId, delay: delayLabel(outcome.delayMs ?? 0, t) });
      return [outcome.fork.firstTime || settled ? '' : forkText(outcome.fork, t), text].filter(Boolean).join(' ');
    }
    default:
      return outcomeText(outcome, trace, t);
  }
}

/** The short note about a fork, for announcements; the first one also gets the callout. */
export function forkText(fork: { changedPast: boolean; firstTime: boolean; removed: number; atStep: number }, t: Translate): string {
  if (!fork.changedPast) return '';
  const parts = [fork.firstTime ? t('sandbox.fork.first') : t('sandbox.fork.again', { k: fork.atStep })];
  if (fork.removed > 0) parts.push(t('sandbox.fork.removed', { n: fork.removed }));
  return parts.join(' ');
}

export function presetLabel(preset: SandboxPresetId, t: Translate): string {
  return t(`sandbox.preset.${preset}`);
}

/** One line of "your story so far". */
export function fateHistoryText(fate: SandboxFate, t: Translate): string {
  return t(`sandbox.history.fate.${fate.fate}`, { k: fate.atStep, id: fate.segmentId, delay: delayLabel(fate.delayMs ?? 0, t) });
}
