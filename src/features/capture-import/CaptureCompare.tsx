import { motionValue } from 'framer-motion';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { MAX_STEPS, type Profile, type Side, type Trace } from '../../engine';
import {
  compareWithEngine,
  type CaptureComparison,
  type CaptureDifference,
  type ReplayAssumption,
  type RunPoint,
} from '../../engine/captureCompare';
import { useT, type TFunction } from '../../i18n/useT';
import { useSim } from '../../store';
import { ModalDialog, SegmentedControl, type LadderViewProps } from '../../ui';
import { formatSegmentLabel, seqContext, type SeqMode, type Translate } from '../../ui/seq-format';
import { captureMs } from './captureText';

/**
 * How the comparison draws a ladder and explains a step: app/ passes the ladder's and the
 * explanation's props-only views, so this feature imports neither.
 */
export interface CompareRenderers {
  readonly renderLadder: (props: LadderViewProps) => ReactNode;
  readonly renderExplanation: (props: {
    readonly trace: Trace;
    readonly cursor: number;
    readonly seqMode: SeqMode;
    readonly t: Translate;
  }) => ReactNode;
}

/**
 * Compare (issue 12 §1): the learner picks the engine's behaviour, and one button lays the
 * engine's run of the capture's socket calls beside the capture, with the first difference marked
 * on both and said in words. A capture that starts mid-connection says why it cannot be replayed.
 */
export function CaptureCompare({ capture, renderers }: { readonly capture: Trace; readonly renderers: CompareRenderers }) {
  const { t } = useT();
  // The profile of the Options dialog to begin with: the one the learner has been watching.
  const preferred = useSim((s) => s.options.profile);
  const [profile, setProfile] = useState<Profile>(preferred);
  const [shown, setShown] = useState<CaptureComparison | null>(null);
  const midConnection = capture.inference?.notes.some((n) => n.key === 'midConnection') ?? false;
  return (
    <section className="capture-compare" aria-labelledby="capture-compare-title">
      <h3 id="capture-compare-title" className="capture-panel__subtitle">
        {t('captureImport.compare.title')}
      </h3>
      {midConnection ? (
        <p>{t('captureImport.compare.refused.midConnection')}</p>
      ) : (
        <>
          <p>{t('captureImport.compare.intro')}</p>
          <SegmentedControl
            legend={t('captureImport.compare.profile')}
            value={profile}
            options={[
              { value: 'rfc9293', label: t('options.profile.rfc9293') },
              { value: 'linux', label: t('options.profile.linux') },
            ]}
            onChange={setProfile}
          />
          <button type="button" className="command command--primary" onClick={() => setShown(compareWithEngine(capture, profile))}>
            {t('captureImport.compare.run')}
          </button>
        </>
      )}
      {shown?.ok && <CompareDialog capture={capture} comparison={shown} renderers={renderers} onClosed={() => setShown(null)} />}
    </section>
  );
}

type Compared = Extract<CaptureComparison, { ok: true }>;

function CompareDialog({
  capture,
  comparison,
  renderers,
  onClosed,
}: {
  readonly capture: Trace;
  readonly comparison: Compared;
  readonly renderers: CompareRenderers;
  readonly onClosed: () => void;
}) {
  const { t } = useT();
  const seqMode = useSim((s) => s.seqMode);
  const { engine, difference, replay } = comparison;
  const profile = t(`options.profile.${comparison.profile}`);
  const summary = summaryText(capture, comparison, seqMode, t);
  return (
    <ModalDialog title={t('captureImport.compare.dialogTitle', { profile })} subtitle={summary} shape="wide" onClosed={onClosed}>
      {() => (
        <div className="capture-compare__body">
          <div className="runs-side-by-side">
            <ComparedRun
              title={t('captureImport.compare.captureRun')}
              trace={capture}
              point={difference?.capture ?? null}
              difference={difference}
              seqMode={seqMode}
              renderLadder={renderers.renderLadder}
            />
            <ComparedRun
              title={t('captureImport.compare.engineRun', { profile })}
              trace={engine}
              point={difference?.engine ?? null}
              difference={difference}
              seqMode={seqMode}
              renderLadder={renderers.renderLadder}
            />
          </div>
          {difference?.engineWhy != null && (
            <section className="capture-compare__why" aria-labelledby="capture-compare-why">
              <h3 id="capture-compare-why" className="capture-compare__heading">
                {t('captureImport.compare.why')}
              </h3>
              {renderers.renderExplanation({ trace: engine, cursor: difference.engineWhy + 1, seqMode, t })}
            </section>
          )}
          <section aria-labelledby="capture-compare-assumed">
            <h3 id="capture-compare-assumed" className="capture-compare__heading">
              {t('captureImport.compare.assumptions')}
            </h3>
            <ul className="capture-panel__notes">
              {replay.assumptions.map((a, i) => (
                <li key={`${a.kind}${i}`}>{assumptionText(a, (side, seq) => shownSeq(capture, side, seq, seqMode), t)}</li>
              ))}
              <li>{t('captureImport.compare.assume.reads')}</li>
            </ul>
          </section>
        </div>
      )}
    </ModalDialog>
  );
}

/** One run, drawn up to the difference with it marked; its caption says in words what is marked. */
function ComparedRun({
  title,
  trace,
  point,
  difference,
  seqMode,
  renderLadder,
}: {
  readonly title: string;
  readonly trace: Trace;
  readonly point: RunPoint | null;
  readonly difference: CaptureDifference | null;
  readonly seqMode: SeqMode;
  readonly renderLadder: CompareRenderers['renderLadder'];
}) {
  const { t } = useT();
  const cursor = point ? cursorAt(trace, point) : trace.steps.length;
  const time = trace.steps[cursor - 1]?.t ?? 0;
  // A playhead of its own, parked at the difference: this ladder never plays.
  const playhead = useMemo(() => motionValue(time), [time]);
  useEffect(() => playhead.set(time), [playhead, time]);
  const [selected, setSelected] = useState<number | null>(point?.segmentId ?? null);
  const headingId = useId();
  return (
    <section className="runs-side-by-side__run" aria-labelledby={headingId}>
      <h3 id={headingId} className="capture-compare__heading">
        {title}
      </h3>
      <p className="capture-compare__marked">{markedText(trace, point, difference, seqMode, t)}</p>
      <div className="runs-side-by-side__ladder">
        {renderLadder({ trace, cursor, playhead, selectedSegment: selected, onSelect: setSelected, seqMode, t })}
      </div>
    </section>
  );
}

/**
 * Steps to draw: through the arrival of the marked segment (it is seen whole, and what its
 * receiver made of it), or through the step where the marked state was reached.
 */
function cursorAt(trace: Trace, point: RunPoint): number {
  const segment = point.segmentId === null ? null : trace.segments[point.segmentId - 1];
  if (segment) return Math.max(segment.sentStep, segment.arrivalStep ?? -1) + 1;
  return (point.step ?? -1) + 1;
}

function label(trace: Trace, id: number | null, seqMode: SeqMode): string {
  const segment = id === null ? undefined : trace.segments[id - 1];
  return segment ? `#${segment.id} ${formatSegmentLabel(segment, seqContext(seqMode, trace))}` : '';
}

function markedText(trace: Trace, point: RunPoint | null, difference: CaptureDifference | null, seqMode: SeqMode, t: TFunction): string {
  if (!difference || !point) return t('captureImport.compare.sameRun');
  const side = t(`explanation.inText.${difference.side}`);
  if (difference.kind === 'state') return t('captureImport.compare.markedState', { side, state: t(`state.${point.state}.name`) });
  if (point.segmentId === null) return t('captureImport.compare.markedNothing', { side });
  return t('captureImport.compare.markedSegment', { segment: label(trace, point.segmentId, seqMode) });
}

/** The first difference in one sentence: the dialog's description, read out when it opens. */
function summaryText(capture: Trace, comparison: Compared, seqMode: SeqMode, t: TFunction): string {
  const profile = t(`options.profile.${comparison.profile}`);
  const d = comparison.difference;
  if (!d) return t('captureImport.compare.none', { profile });
  const params = {
    profile,
    time: t('seqFormat.ms', { value: captureMs(d.t) }),
    side: t(`explanation.inText.${d.side}`),
  };
  if (d.kind === 'state') {
    return t('captureImport.compare.state', {
      ...params,
      capture: t(`state.${d.capture.state}.name`),
      engine: t(`state.${d.engine.state}.name`),
    });
  }
  const seen = label(capture, d.capture.segmentId, seqMode);
  const sent = label(comparison.engine, d.engine.segmentId, seqMode);
  if (!sent) return t('captureImport.compare.captureOnly', { ...params, capture: seen });
  if (!seen) return t('captureImport.compare.engineOnly', { ...params, engine: sent });
  return t('captureImport.compare.segment', { ...params, capture: seen, engine: sent });
}

/** A sequence number as the ladders write it: counted from the side's ISN in relative mode, as sent in absolute mode. */
function shownSeq(capture: Trace, side: Side, seq: number, seqMode: SeqMode): number {
  return seqMode === 'absolute' ? seq : (seq - capture.isn[side]) >>> 0;
}

function assumptionText(a: ReplayAssumption, seq: (side: Side, seq: number) => number, t: TFunction): string {
  switch (a.kind) {
    case 'listenAssumed':
    case 'serverUnseen':
      return t(`captureImport.compare.assume.${a.kind}`);
    case 'finCall':
      return t(`captureImport.compare.assume.${a.call}`, { side: t(`explanation.inText.${a.side}`) });
    case 'latency':
      return t(a.measured ? 'captureImport.compare.assume.latencyMeasured' : 'captureImport.compare.assume.latencyNominal', {
        ms: captureMs(a.ms),
      });
    case 'lostBeforeCapture':
      return t('captureImport.compare.assume.lostBeforeCapture', {
        side: t(`explanation.inText.${a.side}`),
        seq: seq(a.side, a.seq),
        bytes: a.bytes,
      });
    case 'lostAfterCapture':
      return t('captureImport.compare.assume.lostAfterCapture', { side: t(`explanation.inText.${a.side}`), seq: seq(a.side, a.seq) });
    case 'unexplained':
      return t('captureImport.compare.assume.unexplained', {
        side: t(`explanation.inText.${a.side}`),
        segments: a.segments.join(', #'),
      });
    case 'truncated':
      return t('captureImport.compare.assume.truncated', { until: t('seqFormat.ms', { value: captureMs(a.untilMs) }), max: MAX_STEPS });
  }
}
