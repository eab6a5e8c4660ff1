import { useState, type ReactNode } from 'react';
import type { HeaderDialogId } from './HeaderDialog';
import { HeaderDialog, loadHeaderDialog } from './headerDialogPart';

interface Props {
  readonly which: HeaderDialogId;
  readonly className: string;
  readonly title?: string;
  readonly children: ReactNode;
}

/**
 * A button that opens one of the header's dialogs by itself, away from the header: Export in the
 * playback bar, Compare in presenter mode's tools. The dialog's code is fetched as soon as a click
 * looks likely (pointer over, or focus).
 */
export function DialogOpener({ which, className, title, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        aria-haspopup="dialog"
        onPointerEnter={() => void loadHeaderDialog()}
        onFocus={() => void loadHeaderDialog()}
        onClick={() => setOpen(true)}
        title={title}
      >
        {children}
      </button>
      {open && <HeaderDialog which={which} onClosed={() => setOpen(false)} />}
    </>
  );
}
