import { useId } from 'react';
import { useT } from '../../i18n';
import { SANDBOX_PRESET_IDS, type SandboxOutcome } from '../../sandbox';
import { useSim, useSimActions } from '../../store';
import { presetLabel } from './sandboxText';

/** Starting points for a class, Reset and Undo. Nothing the learner made is lost: Reset can be undone. */
export function SessionTools({ onOutcome }: { readonly onOutcome: (outcome: SandboxOutcome) => void }) {
  const { t } = useT();
  const titleId = useId();
  const canUndo = useSim((s) => s.sandboxUndo.length > 0);
  const { loadSandboxPreset, resetSandbox, undoSandbox } = useSimActions();
  return (
    <section className="sandbox__tools" aria-labelledby={titleId}>
      <h3 id={titleId} className="sandbox__subtitle">
        {t('sandbox.tools.title')}
      </h3>
      <div className="sandbox__presets" role="group" aria-label={t('sandbox.preset.label')}>
        <span className="sandbox__presets-label" aria-hidden="true">
          {t('sandbox.preset.label')}
        </span>
        {SANDBOX_PRESET_IDS.map((preset) => (
          <button key={preset} type="button" className="command" onClick={() => onOutcome(loadSandboxPreset(preset))}>
            {presetLabel(preset, t)}
          </button>
        ))}
      </div>
      <div className="sandbox__undo-row">
        <button type="button" className="command" onClick={() => onOutcome(resetSandbox())}>
          {t('sandbox.reset')}
        </button>
        {/* aria-disabled, not disabled: focus stays on it after the last undo, and pressing says why nothing happens. */}
        <button type="button" className="command" aria-disabled={!canUndo} onClick={() => onOutcome(undoSandbox())}>
          {t('sandbox.undo')}
        </button>
      </div>
    </section>
  );
}
