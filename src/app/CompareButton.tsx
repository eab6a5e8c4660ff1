// Not the feature's index: that would bring the notes beside the diagram (a lazily loaded panel) into this chunk.
import { offersComparison } from '../features/lessons/compareScenarios';
import { useT } from '../i18n/useT';
import { useSim } from '../store';
import { DialogOpener } from './DialogOpener';

/**
 * "Compare": the story beside its counterfactual ("why three?"), for presenter mode's tools, where
 * the header that offers it in the study layout is not shown. Only for a story that has one. The
 * dialog is the header's own; presenter.css gives it a type in which both runs fit side by side.
 */
export function CompareButton() {
  const { t } = useT();
  const scenario = useSim((s) => s.scenario);
  if (!offersComparison(scenario)) return null;
  return (
    <DialogOpener which="compare" className="command">
      {t('ui.compare.open')}
    </DialogOpener>
  );
}
