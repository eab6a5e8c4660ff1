import { otherSide, SCENARIO_IDS, type Trace, type TraceStep } from '../../engine';
import {
  formatDuration,
  formatSegmentLabel,
  hasForeignNumber,
  segmentNumbers,
  type SeqContext,
  type Translate,
  type TranslateParams,
} from '../../ui/seq-format';

/**
 * Values for a rule's {placeholders}. Every parameter the engine recorded on the step is passed
 * through as it is ({queued}, {backlog}, {port}, {retry}, {nextRto} …), so a new one needs no code
 * here; then the ones that need words or formatting are filled in. Units follow the teaching text:
 * {rto} and {nextRto} are seconds ("within {rto} s"), {delay} milliseconds ("{delay} ms"),
 * {timeWait} a readable duration ("60 s", "4 min").
 */
export function explanationParams(trace: Trace, step: TraceStep, ctx: SeqContext, t: Translate): TranslateParams {
  const label = (id: number) => {
    const segment = trace.segments[id - 1];
    return segment ? formatSegmentLabel(segment, ctx) : `#${id}`;
  };
  const before = step.index > 0 ? trace.steps[step.index - 1]?.after : trace.initial;
  const actor = step.after[step.side];
  const params: Record<string, string | number> = {
    // The RTO that just expired is the one in force before this step (the step itself doubles it).
    rto: (before?.[step.side].rtoMs ?? actor.rtoMs) / 1000,
    nextRto: actor.rtoMs / 1000,
    retry: actor.retries,
    queued: actor.synQueue,
    ...(actor.backlog !== null ? { backlog: actor.backlog } : {}),
    ...step.params,
    side: t(`explanation.inText.${step.side}`),
    peer: t(`explanation.inText.${otherSide(step.side)}`),
    from: t(`state.${step.from}.name`),
    to: t(`state.${step.to}.name`),
    out: step.emitted.length > 0 ? step.emitted.map(label).join(t('explanation.join')) : t('explanation.nothing'),
    ...scenarioTitles(t),
  };
  if (step.input.kind === 'segment') params.in = label(step.input.segmentId);
  const timeWaitMs = numberParam(step, 'timeWait') ?? timeWaitFromTimers(step);
  if (timeWaitMs !== undefined) params.timeWait = formatDuration(timeWaitMs, t);
  const bytes = numberParam(step, 'bytes') ?? (step.input.kind === 'call' ? step.input.bytes : undefined);
  if (bytes !== undefined) params.bytes = bytes;
  return params;
}

/**
 * A text that points to another scenario names it as the menu does: {title_close_fin_ack} is
 * the title of "close-fin-ack" in the reader's language, never the id.
 */
function scenarioTitles(t: Translate): Record<string, string> {
  return Object.fromEntries(SCENARIO_IDS.map((id) => [`title_${id.replaceAll('-', '_')}`, t(`scenario.${id}.title`)]));
}

/** Parameter `name` the engine recorded for the step, if it is a number. */
export function numberParam(step: TraceStep, name: string): number | undefined {
  const value = step.params[name];
  return typeof value === 'number' ? value : undefined;
}

/** When the engine did not pass the length, read it off the timer it just started. */
function timeWaitFromTimers(step: TraceStep): number | undefined {
  const deadline = step.after[step.side].timers.timeWait;
  return deadline === null ? undefined : deadline - step.t;
}

/** Whether the step's text names a segment with a number marked as shown-as-sent, so the mark needs its legend. */
export function stepNamesForeignNumber(trace: Trace, step: TraceStep, ctx: SeqContext): boolean {
  const ids = step.input.kind === 'segment' ? [step.input.segmentId, ...step.emitted] : step.emitted;
  return ids.some((id) => {
    const segment = trace.segments[id - 1];
    return segment !== undefined && hasForeignNumber(segmentNumbers(segment, ctx));
  });
}
