import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useT } from '../../i18n/useT';
import { lazyPart } from '../../ui/lazyPart';
import type { CaptureRequest } from './CaptureOpener';
import { useFileDrop } from './useFileDrop';
import './captureImport.css';

// Reading a file, its progress and the connection picker load with the first file, not with the
// page (issue 8: first-paint JS).
const CaptureOpener = lazyPart<{ readonly request: CaptureRequest }>(() => import('./CaptureOpener'));

/** What the header may ask of the importer: the file dialog, from its "Open a capture file…" choice. */
export interface CaptureImportHandle {
  open(): void;
}

/**
 * Opening a capture: a choice in the scenario picker (through `ref.open()`) and a file dropped
 * anywhere on the page read a pcap or pcapng in a worker, let the learner pick a connection when
 * there are several, and play the chosen one with both sides' states inferred (CaptureOpener).
 */
export function CaptureImport({ ref }: { readonly ref?: Ref<CaptureImportHandle> }) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ open: () => input.current?.click() }), []);
  const [request, setRequest] = useState<CaptureRequest | null>(null);
  const openFile = (file: File) => setRequest((last) => ({ file, id: (last?.id ?? 0) + 1 }));
  const dragging = useFileDrop(openFile);

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
          if (file) openFile(file);
        }}
      />
      {request && <CaptureOpener request={request} />}
      {dragging && (
        <div className="capture-import__drop" aria-hidden="true">
          <p>{t('captureImport.drop')}</p>
        </div>
      )}
    </>
  );
}
