import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useSimActions } from '../../store';
import type { OpenedCapture, ReadProgress } from './captureHost';
import { endpointText, issueText } from './captureText';

export type OpeningStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly file: string; readonly progress: ReadProgress | null }
  | { readonly kind: 'picking'; readonly capture: OpenedCapture };

export interface CaptureOpening {
  readonly status: OpeningStatus;
  /** Said to a screen reader: reading a file, and which connection now plays. */
  readonly announcement: string;
  open(file: File): Promise<void>;
  play(capture: OpenedCapture, stream: number): Promise<void>;
  /** The picker was closed without a choice. */
  cancelPicking(): void;
}

/**
 * Reading a capture file and playing one of its connections: the worker reads it (with progress),
 * one connection plays at once, several wait for the learner's choice, and a file that cannot be
 * read says why while the run on screen stays as it was. A newer file wins over one still read.
 */
export function useCaptureOpening(): CaptureOpening {
  const { t } = useT();
  const [status, setStatus] = useState<OpeningStatus>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const { openCapture, showNotice } = useSimActions();
  const generation = useRef(0);
  const current = useRef<OpenedCapture | null>(null);
  useEffect(() => () => current.current?.dispose(), []);

  const fail = (file: string, message: string) => {
    showNotice({ key: 'captureImport.failed', params: { file, message: `${message} ${t('captureImport.kept')}` } });
    setStatus({ kind: 'idle' });
  };

  const play = async (capture: OpenedCapture, stream: number) => {
    const played = await capture.trace(stream);
    if (!played) return;
    const { overview } = capture;
    openCapture({ trace: played.trace, fileName: overview.fileName, stream });
    setAnnouncement(t('captureImport.panel.source', { file: overview.fileName, stream, ...endpoints(played.connection) }));
    setStatus({ kind: 'idle' });
    // Reading stopped early, or packets were odd: the learner sees it beside the run.
    const problem = overview.error ?? overview.warnings[0];
    if (problem) showNotice({ key: 'captureImport.failed', params: { file: overview.fileName, message: issueText(problem, t) } });
  };

  /** The file read in the worker, or null when it failed or a newer file took over. */
  const read = async (file: File, mine: number): Promise<OpenedCapture | null> => {
    try {
      // The reader and the inference load with the first file, not with the page.
      const { openCaptureFile } = await import('./captureHost');
      const capture = await openCaptureFile(file, (progress) => {
        if (generation.current === mine) setStatus({ kind: 'reading', file: file.name, progress });
      });
      if (generation.current === mine) return capture;
      capture.dispose();
    } catch (problem) {
      if (generation.current === mine) fail(file.name, t('captureImport.readError', { reason: String(problem) }));
    }
    return null;
  };

  const open = async (file: File) => {
    const mine = ++generation.current;
    setStatus({ kind: 'reading', file: file.name, progress: null });
    setAnnouncement(t('captureImport.reading', { file: file.name }));
    const capture = await read(file, mine);
    if (!capture) return;
    current.current?.dispose();
    current.current = capture;
    const { overview } = capture;
    if (overview.connectionCount === 0) {
      fail(file.name, overview.error ? issueText(overview.error, t) : t('capture.error.noTcp', { frames: overview.frames }));
      return;
    }
    if (overview.connectionCount === 1) await play(capture, 0);
    else setStatus({ kind: 'picking', capture });
  };

  const cancelPicking = () => setStatus((s) => (s.kind === 'picking' ? { kind: 'idle' } : s));
  return { status, announcement, open, play, cancelPicking };
}

function endpoints(c: { client: { addr: string; port: number }; server: { addr: string; port: number } }) {
  return { client: endpointText(c.client), server: endpointText(c.server) };
}
