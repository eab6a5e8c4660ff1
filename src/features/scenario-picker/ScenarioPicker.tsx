import { useId } from 'react';
import { isScenarioId } from '../../engine';
import { useT } from '../../i18n/useT';
import { selectIsSandbox, useSim, useSimActions } from '../../store';
import { scenarioGroups } from './scenarioGroups';

const GROUPS = scenarioGroups();

/** The select's value for the sandbox, which is a mode rather than a scenario id. */
const SANDBOX = 'sandbox';

/**
 * Picks the scenario; a grouped native <select> so it works with every keyboard and reader.
 * The sandbox is offered here too, so the picker never names a scenario that is not on screen.
 */
export function ScenarioPicker() {
  const { t } = useT();
  const id = useId();
  const scenario = useSim((s) => s.scenario);
  const sandbox = useSim(selectIsSandbox);
  const { loadScenario, openSandbox } = useSimActions();
  return (
    <div className="scenario-picker">
      <label htmlFor={id} className="visually-hidden-when-tight">{t('ui.scenario.label')}</label>
      <select
        id={id}
        value={sandbox ? SANDBOX : scenario}
        aria-describedby={`${id}-summary`}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === SANDBOX) openSandbox();
          else if (isScenarioId(value)) loadScenario(value);
        }}
      >
        {GROUPS.map((group) => (
          <optgroup key={group.id} label={t(group.labelKey)}>
            {group.scenarios.map((sid) => (
              <option key={sid} value={sid}>{t(`scenario.${sid}.title`)}</option>
            ))}
          </optgroup>
        ))}
        <option value={SANDBOX}>{t('scenario.sandbox.title')}</option>
      </select>
      <span id={`${id}-summary`} hidden>{t(`scenario.${sandbox ? SANDBOX : scenario}.summary`)}</span>
    </div>
  );
}
