import { useId, useState } from 'react';
import type { Side, Trace } from '../../engine';
import { useT } from '../../i18n/useT';
import { SegmentedControl } from '../../ui/SegmentedControl';
import type { CaptureFileKind } from './captureFileContents';
import { saveFile } from './download';

interface Props {
  readonly trace: Trace;
  /** Called with the file's name once the download has started (the dialog announces it). */
  readonly onSaved: (fileName: string) => void;
}

const KINDS: readonly CaptureFileKind[] = ['pcap', 'packetdrill'];

/**
 * The Export dialog's "For Wireshark and packetdrill" section: the run on screen as a pcap taken
 * at one host, or as a packetdrill script of one side, the side chosen once for both.
 *
 * A run inferred from an opened capture offers neither: the learner already holds the real file,
 * and a copy rebuilt from the trace would swap its addresses, options and payload for ours.
 */
export function CaptureFiles({ trace, onSaved }: Props) {
  const { t } = useT();
  const [side, setSide] = useState<Side>('client');
  const id = useId();
  const headingId = `${id}-heading`;
  const fromCapture = trace.inference !== undefined;

  // The pcap and packetdrill writers load on the first click, keeping them out of the first paint.
  const download = async (kind: CaptureFileKind) => {
    const { captureFile, captureFileName } = await import('./captureFileContents');
    const name = captureFileName(trace, kind, side);
    saveFile(captureFile(trace, kind, side), name);
    onSaved(name);
  };

  return (
    <section className="figures__files" aria-labelledby={headingId}>
      <h3 id={headingId} className="figures__heading">
        {t('captureFiles.heading')}
      </h3>
      {fromCapture ? (
        <p className="figures__what">{t('captureFiles.fromCapture')}</p>
      ) : (
        <>
          <SegmentedControl<Side>
            legend={t('captureFiles.side')}
            value={side}
            options={[
              { value: 'client', label: t('side.client') },
              { value: 'server', label: t('side.server') },
            ]}
            onChange={setSide}
          />
          {KINDS.map((kind) => (
            <div key={kind} className="figures__file">
              <button type="button" className="command" aria-describedby={`${id}-${kind}`} onClick={() => void download(kind)}>
                {t(`captureFiles.${kind}`)}
              </button>
              <p id={`${id}-${kind}`} className="figures__what">
                {t(`captureFiles.${kind}.what.${side}`)}
              </p>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
