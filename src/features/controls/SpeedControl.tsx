import { useId } from 'react';
import { SPEEDS, useSim, useSimActions } from '../../store';
import { useT } from '../../i18n/useT';

export function SpeedControl() {
  const { t } = useT();
  const id = useId();
  const speed = useSim((s) => s.speed);
  const { setSpeed } = useSimActions();
  // A speed from a hand-edited state may not be a preset; list it so the select shows the truth.
  const options = SPEEDS.includes(speed) ? SPEEDS : [...SPEEDS, speed].sort((a, b) => a - b);
  return (
    <div className="speed">
      <label htmlFor={id} className="visually-hidden-when-tight">
        {t('ui.speed.label')}
      </label>
      <select id={id} value={String(speed)} aria-keyshortcuts="[ ]" onChange={(e) => setSpeed(Number(e.currentTarget.value))}>
        {options.map((s) => (
          <option key={s} value={String(s)}>
            {t('ui.speed.value', { speed: s })}
          </option>
        ))}
      </select>
    </div>
  );
}
