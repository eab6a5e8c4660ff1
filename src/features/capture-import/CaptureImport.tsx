import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useT } from '../../i18n/useT';
import { useSimActions } from '../../store';
import { ModalDialog } from '../../ui';
import type { OpenedCapture, ReadProgress } from './captureHost';
import { endpointText, issueText } from './captureText';
import { ConnectionPicker } from './ConnectionPicker';
import { useFileDrop } from './useFileDrop';
import './captureImport.css';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly file: string; readonly progress: ReadProgress | null }
  | { readonly kind: 'picking'; readonly capture: OpenedCapture };

/** What the header may ask of the importer: the file dialog, from its "Open a capture file…" choice. */
export interface CaptureImportHandle {
  open(): void;
}

/**
 * Opening a capture: a choice in the scenario picker (through `ref.open()`) and a file dropped
 * anywhere on the page read a pcap or pcapng in a worker, lets the learner pick a connection when there are several, and plays the chosen one
 * with both sides' states inferred. A file that cannot be read says why, and the run on screen
 * stays as it was.
 */
export function CaptureImport({ ref }: { readonly ref?: Ref<CaptureImportHandle> }) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ open: () => input.current?.click() }), []);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const { openCapture, showNotice } = useSimActions();
  /** A newer file wins over one still being read. */
  const generation = useRef(0);
  const current = useRef<OpenedCapture | null>(null);

  const fail = (file: string, message: string) => {
    showNotice({ key: 'captureImport.failed', params: { file, message: `${message} ${t('captureImport.kept')}` } });
    setStatus({ kind: 'idle' });
  };

  const play = async (capture: OpenedCapture, stream: number) => {
    const trace = await capture.trace(stream);
    if (!trace) return;
    const { overview } = capture;
    openCapture({ trace, fileName: overview.fileName, stream });
    setAnnouncement(t('captureImport.panel.source', { file: overview.fileName, stream, ...endpoints(overview.connections[stream]) }));
    setStatus({ kind: 'idle' });
    // Reading stopped early, or packets were odd: the learner sees it beside the run.
    const problem = overview.error ?? overview.warnings[0];
    if (problem) showNotice({ key: 'captureImport.failed', params: { file: overview.fileName, message: issueText(problem, t) } });
  };

  const open = async (file: File) => {
    const mine = ++generation.current;
    setStatus({ kind: 'reading', file: file.name, progress: null });
    setAnnouncement(t('captureImport.reading', { file: file.name }));
    let capture: OpenedCapture;
    try {
      // The reader and the inference load with the first file, not with the page.
      const { openCaptureFile } = await import('./captureHost');
      capture = await openCaptureFile(file, (progress) => {
        if (generation.current === mine) setStatus({ kind: 'reading', file: file.name, progress });
      });
    } catch (problem) {
      if (generation.current === mine) fail(file.name, t('captureImport.readError', { reason: String(problem) }));
      return;
    }
    if (generation.current !== mine) {
      capture.dispose();
      return;
    }
    current.current?.dispose();
    current.current = capture;
    const { overview } = capture;
    if (overview.connections.length === 0) {
      fail(file.name, overview.error ? issueText(overview.error, t) : t('capture.error.noTcp', { frames: overview.frames }));
      return;
    }
    if (overview.connections.length === 1) await play(capture, 0);
    else setStatus({ kind: 'picking', capture });
  };

  const dragging = useFileDrop((file) => void open(file));
  useEffect(() => () => current.current?.dispose(), []);

  const percent = status.kind === 'reading' && status.progress && status.progress.bytesTotal > 0
    ? Math.round((100 * status.progress.bytesRead) / status.progress.bytesTotal)
    : null;

  return (
    <>
      <input
        ref={input}
        className="capture-import__input"
        type="file"
        accept=".pcap,.pcapng,.cap,.dmp,application/vnd.tcpdump.pcap"
        // Out of the page and of the accessibility tree: the button above is the control.
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // The same file chosen twice must still fire a change.
          event.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
      <div className="capture-import__status" role="status">
        {status.kind === 'reading' && (
          <div className="capture-import__progress">
            <span>{percent === null ? t('captureImport.reading', { file: status.file }) : t('captureImport.progress', { file: status.file, percent })}</span>
            <progress max={100} value={percent ?? undefined} aria-label={t('captureImport.reading', { file: status.file })} />
          </div>
        )}
        <span className="visually-hidden">{announcement}</span>
      </div>
      {dragging && (
        <div className="capture-import__drop" aria-hidden="true">
          <p>{t('captureImport.drop')}</p>
        </div>
      )}
      {status.kind === 'picking' && (
        <ModalDialog
          title={t('captureImport.picker.title')}
          subtitle={t('captureImport.picker.intro', { file: status.capture.overview.fileName, count: status.capture.overview.connections.length })}
          shape="wide"
          onClosed={() => setStatus((s) => (s.kind === 'picking' ? { kind: 'idle' } : s))}
        >
          {(close) => (
            <ConnectionPicker
              overview={status.capture.overview}
              onPick={(stream) => {
                const { capture } = status;
                close();
                void play(capture, stream);
              }}
              onCancel={close}
            />
          )}
        </ModalDialog>
      )}
    </>
  );
}

function endpoints(c: { client: { addr: string; port: number }; server: { addr: string; port: number } } | undefined) {
  return { client: c ? endpointText(c.client) : '', server: c ? endpointText(c.server) : '' };
}
