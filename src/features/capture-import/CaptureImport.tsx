import { useImperativeHandle, useRef, type Ref } from 'react';
import { useT } from '../../i18n/useT';
import { lazyPart } from '../../ui/lazyPart';
import { useCaptureOpening, type OpeningStatus } from './useCaptureOpening';
import { useFileDrop } from './useFileDrop';
import './captureImport.css';

// The connection picker loads with a file of several connections, not with the page.
const PickerDialog = lazyPart(() => import('./PickerDialog'));

/** What the header may ask of the importer: the file dialog, from its "Open a capture file…" choice. */
export interface CaptureImportHandle {
  open(): void;
}

/**
 * Opening a capture: a choice in the scenario picker (through `ref.open()`) and a file dropped
 * anywhere on the page read a pcap or pcapng in a worker, let the learner pick a connection when
 * there are several, and play the chosen one with both sides' states inferred.
 */
export function CaptureImport({ ref }: { readonly ref?: Ref<CaptureImportHandle> }) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ open: () => input.current?.click() }), []);
  const opening = useCaptureOpening();
  const dragging = useFileDrop((file) => void opening.open(file));
  const { status } = opening;

  return (
    <>
      <input
        ref={input}
        className="capture-import__input"
        type="file"
        accept=".pcap,.pcapng,.cap,.dmp,application/vnd.tcpdump.pcap"
        // Out of the page and of the accessibility tree: the scenario picker's choice is the control.
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // The same file chosen twice must still fire a change.
          event.currentTarget.value = '';
          if (file) void opening.open(file);
        }}
      />
      <div className="capture-import__status" role="status">
        {status.kind === 'reading' && <ReadingProgress status={status} />}
        <span className="visually-hidden">{opening.announcement}</span>
      </div>
      {dragging && (
        <div className="capture-import__drop" aria-hidden="true">
          <p>{t('captureImport.drop')}</p>
        </div>
      )}
      {status.kind === 'picking' && (
        <PickerDialog
          capture={status.capture}
          onPick={(stream) => void opening.play(status.capture, stream)}
          onClosed={opening.cancelPicking}
        />
      )}
    </>
  );
}

function ReadingProgress({ status }: { readonly status: Extract<OpeningStatus, { kind: 'reading' }> }) {
  const { t } = useT();
  const { progress, file } = status;
  const percent = progress && progress.bytesTotal > 0 ? Math.round((100 * progress.bytesRead) / progress.bytesTotal) : null;
  return (
    <div className="capture-import__progress">
      <span>{percent === null ? t('captureImport.reading', { file }) : t('captureImport.progress', { file, percent })}</span>
      <progress max={100} value={percent ?? undefined} aria-label={t('captureImport.reading', { file })} />
    </div>
  );
}
