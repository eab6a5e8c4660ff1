import type { InferenceNote, Trace } from '../../engine';
import { useT, type TFunction } from '../../i18n/useT';
import { selectIsCapture, useSim, useSimActions, useTrace } from '../../store';
import { CaptureCompare, type CompareRenderers } from './CaptureCompare';
import { captureMs } from './captureText';

/**
 * Beside a capture as it plays: that the states are inferred, where the capture was taken, and
 * for the step on screen what the capture could not decide and what each segment is
 * (retransmission, duplicate, out of order, after a gap). Shown only in capture mode.
 */
export function CapturePanel(renderers: CompareRenderers) {
  const capture = useSim(selectIsCapture);
  return capture ? <CapturePanelContent renderers={renderers} /> : null;
}

function CapturePanelContent({ renderers }: { readonly renderers: CompareRenderers }) {
  const { t } = useT();
  const trace = useTrace();
  const run = useSim((s) => s.capture);
  const cursor = useSim((s) => s.cursor);
  const scenario = useSim((s) => s.scenario);
  const { loadScenario } = useSimActions();
  const inference = trace.inference;
  if (!run || !inference) return null;
  const delay = inference.captureDelayMs;
  const step = cursor > 0 ? trace.steps[cursor - 1] : undefined;
  const stepNotes = step ? (inference.stepNotes[step.index] ?? []) : [];
  const segmentLines = step ? segmentsOf(trace, step.index) : [];
  return (
    <section className="panel capture-panel" aria-labelledby="capture-panel-title">
      <h2 id="capture-panel-title" className="capture-panel__title">
        {t('captureImport.panel.label')}
      </h2>
      <p className="capture-panel__badge">{t('captureImport.panel.badge')}</p>
      <p className="capture-panel__source">
        {run.fileName} · {t('captureImport.picker.stream')} {run.stream}
      </p>
      {delay && (
        <p className="capture-panel__delay">
          {t('captureImport.panel.delay', { client: captureMs(delay.client), server: captureMs(delay.server) })}
        </p>
      )}
      {inference.notes.length > 0 && (
        <ul className="capture-panel__notes">
          {inference.notes.map((note) => (
            <li key={note.key}>{noteText(note, t)}</li>
          ))}
        </ul>
      )}
      {step && (
        <div className="capture-panel__step">
          <h3 className="capture-panel__subtitle">{t('captureImport.panel.step')}</h3>
          {stepNotes.length === 0 && segmentLines.length === 0 && <p>{t('captureImport.panel.sure')}</p>}
          <ul className="capture-panel__notes">
            {segmentLines.map(({ id, frame, marks }) => (
              <li key={`s${id}`}>
                {t('captureImport.panel.segment', {
                  id,
                  frame,
                  marks: marks.map((m) => t(`captureImport.mark.${m}`)).join(t('explanation.join')),
                })}
              </li>
            ))}
            {stepNotes.map((note, i) => (
              <li key={`${note.key}${i}`}>{noteText(note, t)}</li>
            ))}
          </ul>
        </div>
      )}
      <CaptureCompare capture={trace} renderers={renderers} />
      <button type="button" className="command" onClick={() => loadScenario(scenario)}>
        {t('captureImport.panel.leave')}
      </button>
    </section>
  );
}

/** The marked segments this step received or sent. */
function segmentsOf(trace: Trace, index: number) {
  const step = trace.steps[index];
  if (!step) return [];
  const ids = [...(step.input.kind === 'segment' ? [step.input.segmentId] : []), ...step.emitted];
  return ids.flatMap((id) => {
    const info = trace.inference?.segments[id - 1];
    return info && info.marks.length > 0 ? [{ id, frame: info.frame, marks: info.marks }] : [];
  });
}

function noteText(note: InferenceNote, t: TFunction): string {
  return t(`captureImport.note.${note.key}`, {
    ...note.params,
    ...(note.side ? { side: t(`explanation.inText.${note.side}`) } : {}),
  });
}
