import { useId } from 'react';
import { isScenarioId } from '../../engine';
import { useT } from '../../i18n/useT';
import { selectIsSandbox, useSim, useSimActions } from '../../store';
import { scenarioGroups } from './scenarioGroups';

const GROUPS = scenarioGroups();

/** The select's value for the sandbox, which is a mode rather than a scenario id. */
const SANDBOX = 'sandbox';
/** The capture on screen, and the choice that opens a file (which is never kept as the value). */
const CAPTURE = 'capture';
const OPEN_CAPTURE = 'open-capture';

/**
 * Picks the scenario; a grouped native <select> so it works with every keyboard and reader.
 * The sandbox is offered here too, and an opened capture, so the picker never names a scenario
 * that is not on screen; the last choice opens a capture file (`onOpenCapture`, from app/).
 */
export function ScenarioPicker({ onOpenCapture }: { readonly onOpenCapture?: () => void } = {}) {
  const { t } = useT();
  const id = useId();
  const scenario = useSim((s) => s.scenario);
  const sandbox = useSim(selectIsSandbox);
  const capture = useSim((s) => (s.mode === 'capture' ? s.capture : null));
  const { loadScenario, openSandbox } = useSimActions();
  const value = capture ? CAPTURE : sandbox ? SANDBOX : scenario;
  return (
    <div className="scenario-picker">
      <label htmlFor={id} className="visually-hidden-when-tight">
        {t('ui.scenario.label')}
      </label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-summary`}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === SANDBOX) openSandbox();
          else if (value === OPEN_CAPTURE) onOpenCapture?.();
          else if (isScenarioId(value)) loadScenario(value);
        }}
      >
        {GROUPS.map((group) => (
          <optgroup key={group.id} label={t(group.labelKey)}>
            {group.scenarios.map((sid) => (
              <option key={sid} value={sid}>
                {t(`scenario.${sid}.title`)}
              </option>
            ))}
          </optgroup>
        ))}
        <option value={SANDBOX}>{t('scenario.sandbox.title')}</option>
        {capture && (
          <option value={CAPTURE}>{t('captureImport.picker.current', { file: capture.fileName, stream: capture.stream })}</option>
        )}
        {onOpenCapture && <option value={OPEN_CAPTURE}>{t('captureImport.picker.option')}</option>}
      </select>
      <span id={`${id}-summary`} hidden>
        {capture ? t('captureImport.panel.badge') : t(`scenario.${sandbox ? SANDBOX : scenario}.summary`)}
      </span>
    </div>
  );
}
