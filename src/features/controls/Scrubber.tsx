import { useId } from 'react';
import { selectFirstStep, selectLastStep, selectStepCount, useSim, useSimActions } from '../../store';
import { useT } from '../../i18n/useT';

/** Drag or arrow through the steps; seeking jumps the playhead (no glide) and pauses. */
export function Scrubber() {
  const { t } = useT();
  const id = useId();
  const cursor = useSim((s) => s.cursor);
  const count = useSim(selectStepCount);
  // An embedded view may lock the steps to a range; the slider spans just that range.
  const first = useSim(selectFirstStep);
  const last = useSim(selectLastStep);
  const { seek } = useSimActions();
  const valueText = cursor === 0 ? t('ui.scrubber.start', { n: count }) : t('ui.scrubber.value', { k: cursor, n: count });
  return (
    <div className="scrubber">
      <label htmlFor={id} className="scrubber__label visually-hidden-when-tight">
        {t('ui.scrubber.label')}
      </label>
      <input
        id={id}
        type="range"
        min={first}
        max={last}
        step={1}
        value={cursor}
        aria-valuetext={valueText}
        onChange={(event) => seek(Number(event.currentTarget.value))}
      />
      <output htmlFor={id} className="scrubber__value">
        {t('ui.scrubber.value', { k: cursor, n: count })}
      </output>
    </div>
  );
}
