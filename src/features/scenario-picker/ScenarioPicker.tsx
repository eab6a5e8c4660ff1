import { useId } from 'react';
import { isScenarioId } from '../../engine';
import { useT } from '../../i18n/useT';
import { useSim, useSimActions } from '../../store';
import { scenarioGroups } from './scenarioGroups';

const GROUPS = scenarioGroups();

/** Picks the scenario; a grouped native <select> so it works with every keyboard and reader. */
export function ScenarioPicker() {
  const { t } = useT();
  const id = useId();
  const scenario = useSim((s) => s.scenario);
  const { loadScenario } = useSimActions();
  return (
    <div className="scenario-picker">
      <label htmlFor={id}>{t('ui.scenario.label')}</label>
      <select
        id={id}
        value={scenario}
        aria-describedby={`${id}-summary`}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isScenarioId(value)) loadScenario(value);
        }}
      >
        {GROUPS.map((group) => (
          <optgroup key={group.id} label={t(group.labelKey)}>
            {group.scenarios.map((sid) => (
              <option key={sid} value={sid}>{t(`scenario.${sid}.title`)}</option>
            ))}
          </optgroup>
        ))}
      </select>
      <span id={`${id}-summary`} hidden>{t(`scenario.${scenario}.summary`)}</span>
    </div>
  );
}

/** The chosen scenario's one-paragraph summary, shown above the diagram. */
export function ScenarioSummary() {
  const { t } = useT();
  const scenario = useSim((s) => s.scenario);
  return (
    <div className="scenario-summary">
      <h2 className="scenario-summary__title">{t(`scenario.${scenario}.title`)}</h2>
      <p className="scenario-summary__text">{t(`scenario.${scenario}.summary`)}</p>
    </div>
  );
}
