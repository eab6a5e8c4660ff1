import { useState } from 'react';
import { seqContext } from '../../engine';
import { traceToMermaid } from '../../export';
import { useT } from '../../i18n/useT';
import { useSim, useTrace } from '../../store';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { figureFileName, figureSteps, figureSvg, type FigureRequest } from './figureSvg';
import { pageFigureTheme, saveFile, svgToPng } from './download';
import { scenarioTextId } from '../../ui/scenarioTextId';
import { CaptureFiles } from './CaptureFiles';
import './figures.css';

type Range = 'whole' | 'upTo';

/** PNGs for slides are drawn at twice the SVG's size: sharp on a projector and a high-DPI screen. */
export const PNG_SCALE = 2;

/**
 * The Export dialog's content: the ladder as SVG or PNG (whole scenario or up to the current
 * step, in the language, theme and sequence numbers on screen), the Mermaid text with a copy
 * button, the printable handout, and the run as a pcap or packetdrill script (CaptureFiles).
 */
export function ExportPanel() {
  const { t } = useT();
  const trace = useTrace();
  const [status, setStatus] = useState('');
  const figures = useFigureDownloads(setStatus);

  return (
    <div className="figures">
      <p className="figures__intro">{t('figures.intro')}</p>
      {figures.partial && (
        <SegmentedControl<Range>
          legend={t('figures.range.label')}
          value={figures.range}
          options={[
            { value: 'whole', label: t('figures.range.whole') },
            { value: 'upTo', label: t('figures.range.upTo', { k: figures.current }) },
          ]}
          onChange={figures.setRange}
        />
      )}
      <div className="figures__actions">
        <button type="button" className="command" onClick={figures.downloadSvg}>
          {t('figures.svg')}
        </button>
        <button type="button" className="command" onClick={() => void figures.downloadPng()}>
          {t('figures.png')}
        </button>
        <button type="button" className="command" onClick={() => window.print()}>
          {t('figures.print')}
        </button>
      </div>
      <MermaidText onStatus={setStatus} />
      <CaptureFiles trace={trace} onSaved={(file) => setStatus(t('figures.saved', { file }))} />
      <p className="figures__status" role="status">
        {status}
      </p>
    </div>
  );
}

/** The figure as drawn on screen, and its SVG and PNG downloads; `report` says what happened. */
function useFigureDownloads(report: (message: string) => void) {
  const { t, locale } = useT();
  const trace = useTrace();
  const cursor = useSim((s) => s.cursor);
  const seqMode = useSim((s) => s.seqMode);
  const [range, setRange] = useState<Range>('whole');
  const current = figureSteps(trace, cursor);
  // "Up to step k" is a choice only when it differs from the whole scenario.
  const partial = current < trace.steps.length;
  const request = (): FigureRequest => ({
    trace,
    title: t(`scenario.${scenarioTextId(trace)}.title`),
    seqMode,
    locale,
    theme: pageFigureTheme(),
    upTo: partial && range === 'upTo' ? current : undefined,
    t,
  });
  const downloadSvg = () => {
    const figure = request();
    const name = figureFileName(figure, 'svg');
    saveFile(new Blob([figureSvg(figure)], { type: 'image/svg+xml' }), name);
    report(t('figures.saved', { file: name }));
  };
  const downloadPng = async () => {
    const figure = request();
    const name = figureFileName(figure, 'png');
    try {
      saveFile(await svgToPng(figureSvg(figure), PNG_SCALE), name);
      report(t('figures.saved', { file: name }));
    } catch {
      report(t('figures.pngFailed'));
    }
  };
  return { range, setRange, current, partial, downloadSvg, downloadPng };
}

/** The trace as a Mermaid sequenceDiagram, to read, select or copy. */
function MermaidText({ onStatus }: { readonly onStatus: (message: string) => void }) {
  const { t } = useT();
  const trace = useTrace();
  const seqMode = useSim((s) => s.seqMode);
  const mermaid = traceToMermaid(trace, seqContext(seqMode, trace));
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(mermaid);
      onStatus(t('figures.copied'));
    } catch {
      onStatus(t('figures.copyFailed'));
      document.getElementById(MERMAID_ID)?.focus();
    }
  };
  return (
    <>
      <label className="figures__mermaid-label" htmlFor={MERMAID_ID}>
        {t('figures.mermaid.label')}
      </label>
      {/* Read-only but focusable and selectable: where the clipboard is refused, Ctrl+A Ctrl+C still works. */}
      <textarea
        id={MERMAID_ID}
        className="figures__mermaid"
        readOnly
        rows={7}
        value={mermaid}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="figures__actions">
        <button type="button" className="command" onClick={() => void copy()}>
          {t('figures.mermaid.copy')}
        </button>
      </div>
    </>
  );
}

const MERMAID_ID = 'figures-mermaid';
