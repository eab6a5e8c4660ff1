import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui';
import type { TFunction } from '../../i18n/useT';
import { COMMANDS, type ShortcutKey } from './commands';

interface Props {
  readonly onClose: () => void;
}

/**
 * Lists every shortcut, from the same command list the keys use. The shared ModalDialog keeps
 * Tab inside it, closes on Esc and gives focus back to what opened it; mount it to open it.
 */
export function HelpDialog({ onClose }: Props) {
  const { t } = useT();
  return (
    <ModalDialog title={t('ui.help.title')} shape="medium" onClosed={onClose}>
      {() => (
        <div className="help-dialog">
          <p>{t('ui.help.intro')}</p>
          <p>{t('ui.help.clicker')}</p>
          <table className="help-dialog__table">
            <thead>
              <tr>
                <th scope="col">{t('ui.help.keys')}</th>
                <th scope="col">{t('ui.help.inPresenter')}</th>
                <th scope="col">{t('ui.help.action')}</th>
              </tr>
            </thead>
            <tbody>
              {COMMANDS.map((command) => (
                <tr key={command.id}>
                  <td>
                    <KeyList keys={command.keys} t={t} />
                  </td>
                  <td>
                    <KeyList keys={command.slideKeys ?? []} t={t} />
                  </td>
                  <td>{t(command.labelKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ModalDialog>
  );
}

/** "→ or Page Down": a command's keys, each named in the reader's language. */
function KeyList({ keys, t }: { keys: readonly ShortcutKey[]; t: TFunction }) {
  return keys.map((key, i) => (
    <span key={key}>
      {i > 0 && <span className="help-dialog__or"> {t('ui.help.or')} </span>}
      <kbd>{t(`key.${key}`)}</kbd>
    </span>
  ));
}
