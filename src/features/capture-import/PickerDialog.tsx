import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui';
import type { OpenedCapture } from './captureHost';
import { ConnectionPicker } from './ConnectionPicker';

interface PickerDialogProps {
  readonly capture: OpenedCapture;
  readonly onPick: (stream: number) => void;
  readonly onClosed: () => void;
}

/** A capture with several connections: the learner chooses the one to play. */
export default function PickerDialog({ capture, onPick, onClosed }: PickerDialogProps) {
  const { t } = useT();
  const { overview } = capture;
  return (
    <ModalDialog
      title={t('captureImport.picker.title')}
      subtitle={t('captureImport.picker.intro', { file: overview.fileName, count: overview.connectionCount })}
      shape="wide"
      onClosed={onClosed}
    >
      {(close) => (
        <ConnectionPicker
          overview={overview}
          onPick={(stream) => {
            close();
            onPick(stream);
          }}
          onCancel={close}
        />
      )}
    </ModalDialog>
  );
}
