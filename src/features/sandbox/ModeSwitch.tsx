import { useT } from '../../i18n';
import { selectIsSandbox, useSim, useSimActions } from '../../store';
import { SegmentedControl } from '../../ui/SegmentedControl';

type Mode = 'scenario' | 'sandbox';

/**
 * Guided scenarios or the sandbox, as the shared segmented control (native radios: arrows move
 * between them and a screen reader says "1 of 2"). Leaving the sandbox keeps the session for next time.
 */
export function ModeSwitch() {
  const { t } = useT();
  const sandbox = useSim(selectIsSandbox);
  const { openSandbox, leaveSandbox } = useSimActions();
  const options = [
    { value: 'scenario', label: t('sandbox.mode.scenario') },
    { value: 'sandbox', label: t('sandbox.mode.sandbox') },
  ] as const;
  const choose = (mode: Mode) => (mode === 'sandbox' ? openSandbox() : leaveSandbox());
  return <SegmentedControl legend={t('sandbox.mode.label')} value={sandbox ? 'sandbox' : 'scenario'} options={options} onChange={choose} />;
}
