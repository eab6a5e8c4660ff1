import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import type { Presenter } from './usePresenter';
import './presenterButton.css';

/** The way into presenter mode besides the P key (a click: a user gesture, so fullscreen can start). */
export function PresenterButton({ presenter }: { presenter: Pick<Presenter, 'enter' | 'takeReturningFocus'> }) {
  const { t } = useT();
  const button = useRef<HTMLButtonElement>(null);
  // Leaving presenter mode draws the study layout anew, and the focused Leave button or stage is
  // gone: the way back in takes the focus, so a keyboard user is not dropped on the page (WCAG 2.4.3).
  useEffect(() => {
    if (presenter.takeReturningFocus()) button.current?.focus({ preventScroll: true });
  }, [presenter]);
  return (
    <button
      ref={button}
      type="button"
      className="command presenter-button"
      title={t('presenter.enterTitle')}
      aria-keyshortcuts="P"
      onClick={presenter.enter}
    >
      <svg className="icon" viewBox="0 0 24 24" width="1.1em" height="1.1em" aria-hidden="true" focusable="false">
        <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round">
          <path d="M3 4h18v12H3zM12 16v4M8 20h8" />
        </g>
      </svg>
      <span>{t('presenter.enter')}</span>
    </button>
  );
}
