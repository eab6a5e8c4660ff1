import { useId } from 'react';
import { useT } from '../../i18n';
import { selectIsSandbox, useSim, useSimActions } from '../../store';

/**
 * Guided scenarios or the sandbox. Native radios, like the other switches: arrows move between
 * them and a screen reader says "1 of 2". Leaving the sandbox keeps the session for next time.
 */
export function ModeSwitch() {
  const { t } = useT();
  const name = useId();
  const sandbox = useSim(selectIsSandbox);
  const { openSandbox, leaveSandbox } = useSimActions();
  const options = [
    { value: 'scenario', label: t('sandbox.mode.scenario'), checked: !sandbox, choose: leaveSandbox },
    { value: 'sandbox', label: t('sandbox.mode.sandbox'), checked: sandbox, choose: openSandbox },
  ];
  return (
    <fieldset className="segmented sandbox__mode">
      <legend className="segmented__legend">{t('sandbox.mode.label')}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input type="radio" name={name} value={option.value} checked={option.checked} onChange={option.choose} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
