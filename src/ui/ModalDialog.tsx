import { Suspense, useCallback, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
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
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useShowModalOnMount(ref);
  const finish = () => {
    onClosed();
    const target = returnFocusTo.current;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  };
  const close = useCloseRequest(ref, finish);
  useTabCycle(ref);
  useBackdropClose(ref, close);

  return createPortal(
    <dialog
      ref={ref}
      className={`modal-dialog modal-dialog--${shape}`}
      aria-labelledby={`${id}-title`}
      aria-describedby={subtitle ? `${id}-subtitle` : undefined}
      onClose={finish}
    >
      <div className="modal-dialog__frame">
        <TitleBar id={id} title={title} subtitle={subtitle} close={close} />
        <div className="modal-dialog__body">
          <Suspense fallback={null}>{children(close)}</Suspense>
        </div>
      </div>
    </dialog>,
    document.body,
  );
}

function TitleBar({ id, title, subtitle, close }: { id: string; title: string; subtitle: string | undefined; close: () => void }) {
  const { t } = useT();
  return (
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
  );
}

type DialogRef = RefObject<HTMLDialogElement | null>;

/** Opens the dialog as modal once it mounts; returns what had focus before, to give it back. */
function useShowModalOnMount(ref: DialogRef): RefObject<Element | null> {
  const returnFocusTo = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return; // StrictMode runs this twice; open once
    returnFocusTo.current = document.activeElement;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // jsdom
  }, [ref]);
  return returnFocusTo;
}

/**
 * Closing is asked for through state, so `close` can be handed to the content during render;
 * the dialog's own close() then fires its 'close' event, which calls `finish`.
 */
function useCloseRequest(ref: DialogRef, finish: () => void): () => void {
  const [closeRequested, setCloseRequested] = useState(false);
  const finishRef = useRef(finish);
  useEffect(() => {
    finishRef.current = finish;
  });
  useEffect(() => {
    if (!closeRequested) return;
    const dialog = ref.current;
    if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    else finishRef.current();
  }, [closeRequested, ref]);
  return useCallback(() => setCloseRequested(true), []);
}

/**
 * A modal <dialog> makes the page inert, but Tab past its last control still leaves for the
 * browser's own UI; keep the cycle inside, as the ARIA dialog pattern asks.
 */
function useTabCycle(ref: DialogRef): void {
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
  }, [ref]);
}

/**
 * A click on the backdrop lands on the <dialog> itself (the frame fills the box inside).
 * Mouse only, on purpose: Esc is the keyboard's way out and the browser already handles it.
 */
function useBackdropClose(ref: DialogRef, close: () => void): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onClick = (event: MouseEvent) => {
      if (event.target === dialog) close();
    };
    dialog.addEventListener('click', onClick);
    return () => dialog.removeEventListener('click', onClick);
  }, [ref, close]);
}

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

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
