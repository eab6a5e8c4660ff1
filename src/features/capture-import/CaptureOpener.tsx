import { useEffect, useEffectEvent, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { lazyPart } from '../../ui/lazyPart';
import { useCaptureOpening, type OpeningStatus } from './useCaptureOpening';

// The connection picker loads with a file of several connections, not with the page.
const PickerDialog = lazyPart(() => import('./PickerDialog'));

/** A file the learner chose or dropped; `id` tells the same file chosen twice apart. */
export interface CaptureRequest {
  readonly file: File;
  readonly id: number;
}

/**
 * Reading the capture files the learner opens, with the reading's progress and the connection
 * picker. Its code loads with the first file, not with the page (issue 8: first-paint JS); once
 * there it stays, so a newer file wins over one still being read (useCaptureOpening). The status
 * region is drawn empty first and filled once the reading starts, so screen readers hear it.
 */
export default function CaptureOpener({ request }: { readonly request: CaptureRequest }) {
  const opening = useCaptureOpening();
  const opened = useRef(0);
  const openFile = useEffectEvent((file: File) => void opening.open(file));
  useEffect(() => {
    // StrictMode runs effects twice on mount: read each file once.
    if (opened.current === request.id) return;
    opened.current = request.id;
    openFile(request.file);
  }, [request]);
  const { status } = opening;
  return (
    <>
      <div className="capture-import__status" role="status">
        {status.kind === 'reading' && <ReadingProgress status={status} />}
        <span className="visually-hidden">{opening.announcement}</span>
      </div>
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
