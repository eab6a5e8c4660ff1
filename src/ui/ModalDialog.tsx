import { Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n';
import './modalDialog.css';

export type DialogShape = 'dialog' | 'medium' | 'wide' | 'drawer';

interface Props {
  readonly title: string;
  /** A line under the title (the question the dialog answers). */
  readonly subtitle?: string;
  readonly shape: DialogShape;
  /** Called once the dialog has closed, by Esc, the Close button, the backdrop or `close`. */
  readonly onClosed: () => void;
  /** The content; `close` lets it finish the dialog (after loading a scenario, say). */
  readonly children: (close: () => void) => ReactNode;
}

/**
 * A native modal <dialog>, open from the moment it mounts. The browser traps focus, makes the
 * page inert and turns Esc into a close; we give focus back to what had it before (the button
 * that opened us), because not every browser does. The content may be lazy: it suspends inside,
 * so the frame and its Close button are there at once.
 *
 * It is rendered into <body>, not where it is opened: a dialog opened from the page header
 * would otherwise sit inside the banner landmark, and a landmark inside a dialog inside the
 * banner is not where assistive technology expects to find it (axe: landmark-banner-is-top-level).
 * Its title bar is a plain <div> for the same reason: a <header> there would be a second banner.
 */
export function ModalDialog({ title, subtitle, shape, onClosed, children }: Props) {
  const { t } = useT();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<Element | null>(null);

  // Closing is asked for through state, so `close` can be handed to the content during render.
  const [closeRequested, setCloseRequested] = useState(false);
  const close = () => setCloseRequested(true);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return; // StrictMode runs this twice; open once
    returnFocusTo.current = document.activeElement;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // jsdom
  }, []);

  const finish = () => {
    onClosed();
    const target = returnFocusTo.current;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  };
  const finishRef = useRef(finish);
  useEffect(() => {
    finishRef.current = finish;
  });

  useEffect(() => {
    if (!closeRequested) return;
    const dialog = ref.current;
    // close() fires the 'close' event, which calls finish().
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else finishRef.current();
  }, [closeRequested]);

  // A modal <dialog> makes the page inert, but Tab past its last control still leaves for the
  // browser's own UI; keep the cycle inside, as the ARIA dialog pattern asks.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const stops = tabStops(dialog);
      const first = stops[0];
      const last = stops.at(-1);
      if (!first || !last) return;
      const active = document.activeElement;
      if (event.shiftKey && (active === first || active === dialog)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    };
    dialog.addEventListener('keydown', onKeyDown);
    return () => dialog.removeEventListener('keydown', onKeyDown);
  }, []);

  // A click on the backdrop lands on the <dialog> itself (the frame fills the box inside).
  // Mouse only, on purpose: Esc is the keyboard's way out and the browser already handles it.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onClick = (event: MouseEvent) => {
      if (event.target === dialog) setCloseRequested(true);
    };
    dialog.addEventListener('click', onClick);
    return () => dialog.removeEventListener('click', onClick);
  }, []);

  return createPortal(
    <dialog
      ref={ref}
      className={`modal-dialog modal-dialog--${shape}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={subtitle ? `${id}-subtitle` : undefined}
      onClose={finish}
    >
      <div className="modal-dialog__frame">
        <div className="modal-dialog__header">
          <div>
            <h2 id={`${id}-title`} className="modal-dialog__title">
              {title}
            </h2>
            {subtitle && (
              <p id={`${id}-subtitle`} className="modal-dialog__subtitle">
                {subtitle}
              </p>
            )}
          </div>
          <button type="button" className="command modal-dialog__close" onClick={close}>
            <span aria-hidden="true">✕</span>
            <span>{t('ui.dialog.close')}</span>
          </button>
        </div>
        <div className="modal-dialog__body">
          <Suspense fallback={null}>{children(close)}</Suspense>
        </div>
      </div>
    </dialog>,
    document.body,
  );
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The controls Tab stops at inside `root`, in order; hidden ones (closed <details>, display:none) skipped. */
function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      el.getClientRects().length > 0 &&
      !el.closest('details:not([open]) > :not(summary)') &&
      // Of a radio group only the checked radio is a Tab stop (ours always have one checked).
      !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
}
