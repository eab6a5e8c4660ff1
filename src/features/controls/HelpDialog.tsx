import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { COMMANDS } from './commands';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
}

/**
 * Lists every shortcut, from the same command list the keys use. A native modal <dialog>:
 * the browser traps focus, makes the page inert and closes on Esc; we put focus back where
 * it was, because not every browser does.
 */
export function HelpDialog({ open, onClose }: Props) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', ''); // jsdom and very old browsers
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  const handleClose = () => {
    onClose();
    const target = returnFocusTo.current;
    if (target instanceof HTMLElement) target.focus();
  };

  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby="help-dialog-title"
      onClose={handleClose}
    >
      <h2 id="help-dialog-title">{t('ui.help.title')}</h2>
      <p>{t('ui.help.intro')}</p>
      <p>{t('ui.help.clicker')}</p>
      <table className="help-dialog__table">
        <thead>
          <tr>
            <th scope="col">{t('ui.help.keys')}</th>
            <th scope="col">{t('ui.help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {COMMANDS.map((command) => (
            <tr key={command.id}>
              <td>
                {command.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && <span className="help-dialog__or"> {t('ui.help.or')} </span>}
                    <kbd>{t(`key.${key}`)}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(command.labelKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="command" autoFocus>
          {t('ui.help.close')}
        </button>
      </form>
    </dialog>
  );
}
