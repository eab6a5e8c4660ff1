import { ExportPanel } from '../features/figures';
import { CompareWhyThree, LearnPanel } from '../features/lessons/dialogs';
import { OptionsPanel } from '../features/options';
import { WhatIfMap } from '../features/what-if';
import { useT } from '../i18n';
import { ModalDialog } from '../ui/ModalDialog';
// The page's own chunk of the ladder (already fetched by then), not a second copy for this dialog.
import { LadderView } from './featurePanels';

export type HeaderDialogId = 'options' | 'whatIf' | 'learn' | 'compare' | 'export';

interface Props {
  readonly which: HeaderDialogId;
  readonly onClosed: () => void;
}

/**
 * The dialogs the header's buttons open, composed here so the features stay independent
 * (the comparison gets the ladder's LadderView as a prop). Loaded on first use: none of it is
 * in the first paint.
 */
export default function HeaderDialog({ which, onClosed }: Props) {
  const { t } = useT();
  switch (which) {
    case 'options':
      return (
        <ModalDialog title={t('options.title')} shape="dialog" onClosed={onClosed}>
          {(close) => <OptionsPanel onDone={close} />}
        </ModalDialog>
      );
    case 'whatIf':
      return (
        <ModalDialog title={t('whatIf.title')} subtitle={t('whatIf.question')} shape="medium" onClosed={onClosed}>
          {(close) => <WhatIfMap onChoose={close} />}
        </ModalDialog>
      );
    case 'learn':
      return (
        <ModalDialog title={t('learn.title')} shape="drawer" onClosed={onClosed}>
          {() => <LearnPanel />}
        </ModalDialog>
      );
    case 'export':
      return (
        <ModalDialog title={t('figures.title')} shape="medium" onClosed={onClosed}>
          {() => <ExportPanel />}
        </ModalDialog>
      );
    case 'compare':
      return (
        <ModalDialog title={t('compare.title')} shape="wide" onClosed={onClosed}>
          {() => <CompareWhyThree renderLadder={(props) => <LadderView {...props} />} />}
        </ModalDialog>
      );
  }
}
