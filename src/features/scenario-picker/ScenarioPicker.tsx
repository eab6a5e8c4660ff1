import { useId, useRef, useState, type KeyboardEvent } from 'react';
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
 * Keys with which a closed <select> moves to another option by itself (Chromium on Linux and
 * Windows): it fires its change at once, between this key's keydown and keyup.
 */
const STEPPING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const stepsTheOption = (event: KeyboardEvent): boolean => STEPPING_KEYS.has(event.key) || event.key.length === 1;

/**
 * Picks the scenario; a grouped native <select> so it works with every keyboard and reader.
 * The sandbox is offered here too, and an opened capture, so the picker never names a scenario
 * that is not on screen; the last choice opens a capture file (`onOpenCapture`, from app/).
 * Reached by arrowing through the closed list, that choice waits for Enter: a file window that
 * opens while a keyboard user reads the options is a change of context they did not ask for
 * (WCAG 3.2.2), and it would snap back and open again at every arrow.
 */
export function ScenarioPicker({ onOpenCapture }: { readonly onOpenCapture?: () => void } = {}) {
  const { t } = useT();
  const id = useId();
  const scenario = useSim((s) => s.scenario);
  const sandbox = useSim(selectIsSandbox);
  const capture = useSim((s) => (s.mode === 'capture' ? s.capture : null));
  const { loadScenario, openSandbox } = useSimActions();
  const stepping = useRef(false);
  const [openWaitsForEnter, setOpenWaitsForEnter] = useState(false);
  const value = openWaitsForEnter ? OPEN_CAPTURE : capture ? CAPTURE : sandbox ? SANDBOX : scenario;
  const summary = openWaitsForEnter
    ? t('captureImport.picker.pressEnter')
    : capture
      ? t('captureImport.panel.badge')
      : t(`scenario.${sandbox ? SANDBOX : scenario}.summary`);
  return (
    <div className="scenario-picker">
      <label htmlFor={id} className="visually-hidden-when-tight">
        {t('ui.scenario.label')}
      </label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-summary`}
        onKeyDown={(event) => {
          stepping.current = stepsTheOption(event);
          if (event.key === 'Enter' && openWaitsForEnter) {
            setOpenWaitsForEnter(false);
            onOpenCapture?.();
          }
        }}
        onKeyUp={() => {
          stepping.current = false;
        }}
        // Left while it waits: the list shows again what is on screen.
        onBlur={() => setOpenWaitsForEnter(false)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setOpenWaitsForEnter(value === OPEN_CAPTURE && stepping.current);
          if (value === SANDBOX) openSandbox();
          else if (value === OPEN_CAPTURE && !stepping.current) onOpenCapture?.();
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
        {summary}
      </span>
    </div>
  );
}
