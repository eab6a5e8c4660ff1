import { labelFlags, type Trace, type TraceStep } from '../engine';
import type { TFunction } from '../i18n/useT';

/**
 * The sentence a screen reader hears after each step, e.g.
 * "Step 3 of 5. Client receives SYN, ACK. Client: SYN-SENT → ESTABLISHED. It sends ACK."
 * State changes come first among the facts because they are the lesson; flags stay in
 * protocol notation in both languages, as textbooks write them.
 */
export function describeStep(trace: Trace, cursor: number, t: TFunction): string {
  const n = trace.steps.length;
  if (cursor <= 0) return t('announce.start', { n });
  const step = trace.steps[cursor - 1];
  if (!step) return t('announce.step', { k: cursor, n });
  const side = t(`side.${step.side}`);
  const parts = [t('announce.step', { k: cursor, n })];

  const input = step.input;
  if (input.kind === 'call') {
    parts.push(t('announce.call', { side, call: `${input.call}()` }));
  } else if (input.kind === 'segment') {
    const segment = trace.segments.find((s) => s.id === input.segmentId);
    if (segment) parts.push(t('announce.received', { side, flags: labelFlags(segment.flags).join(', ') }));
  } else if (input.kind === 'timer') {
    parts.push(t('announce.timer', { side, timer: t(`timer.${input.timer}`) }));
  }

  parts.push(step.from === step.to ? t('announce.stays', { side, state: step.to }) : stateChange(step, t));

  const sent = step.emitted
    .map((id) => trace.segments.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => labelFlags(s.flags).join(', '));
  if (sent.length > 0) parts.push(t('announce.sends', { flags: sent.join('; ') }));
  return joinSentences(parts);
}

/**
 * What a step changed, alone: "Client: SYN-SENT → ESTABLISHED.", or nothing for a step that
 * changed no state. Said while the story plays: the whole sentence of every step came faster than
 * a screen reader could say it (seven sentences queued in six seconds at 1×), so the reader heard
 * steps long gone. The state changes are the lesson, and the pause says the whole step.
 */
export function describeStateChange(trace: Trace, cursor: number, t: TFunction): string {
  const step = cursor > 0 ? trace.steps[cursor - 1] : undefined;
  return step && step.from !== step.to ? stateChange(step, t) : '';
}

/** "Client: SYN-SENT → ESTABLISHED.": the sentence both the whole step and playback say. */
function stateChange(step: TraceStep, t: TFunction): string {
  return t('announce.change', { side: t(`side.${step.side}`), from: step.from, to: step.to });
}

/**
 * Sentences one after another: a space after an English full stop, none after a Chinese one
 * (。！？ are full-width and carry their own space; "。 服务器" reads as a typo).
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence) => (text === '' || /[。！？]$/.test(text) ? text + sentence : `${text} ${sentence}`), '');
}
