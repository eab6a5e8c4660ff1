import { useState } from 'react';
// Not the feature's index: that would bring the notes beside the diagram (a lazily loaded panel) into this chunk.
import { offersComparison } from '../features/lessons/compareScenarios';
import { useT } from '../i18n/useT';
import { useSim } from '../store';
import { HeaderDialog, loadHeaderDialog } from './headerDialogPart';

/**
 * "Compare": the story beside its counterfactual ("why three?"), for presenter mode's tools, where
 * the header that offers it in the study layout is not shown. Only for a story that has one. The
 * dialog is the header's own, in the projector's type (presenter.css sizes the root).
 */
export function CompareButton() {
  const { t } = useT();
  const scenario = useSim((s) => s.scenario);
  const [open, setOpen] = useState(false);
  if (!offersComparison(scenario)) return null;
  return (
    <>
      <button
        type="button"
        className="command"
        aria-haspopup="dialog"
        // Start fetching the dialog's code as soon as a click looks likely.
        onPointerEnter={() => void loadHeaderDialog()}
        onFocus={() => void loadHeaderDialog()}
        onClick={() => setOpen(true)}
      >
        {t('ui.compare.open')}
      </button>
      {open && <HeaderDialog which="compare" onClosed={() => setOpen(false)} />}
    </>
  );
}
