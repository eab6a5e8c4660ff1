import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import type { Presenter } from './usePresenter';
import './presenter.css';

interface Props {
  readonly presenter: Presenter;
  /** The one-line caption of the current step. */
  readonly caption: ReactNode;
  /** Both sides' state badges. */
  readonly badges: ReactNode;
  readonly diagram: ReactNode;
  /** The playback bar (it also owns the keys), shown with the rest of the chrome. */
  readonly controls: ReactNode;
  /** More tools beside Leave, Blank and Speaker notes (the comparison, for a story that has one). */
  readonly tools?: ReactNode;
}

/** How long the chrome stays after the pointer last moved, ms. */
const CHROME_IDLE_MS = 2500;

/**
 * The projector layout: the caption, both state badges and the diagram fill the screen. The
 * tools and playback bar stay out of the picture until the pointer moves (for a few seconds) or
 * the keyboard reaches them (Tab: focus inside keeps them shown), so the class sees the diagram
 * alone. B or . blanks the screen to black; any key or a click brings it back.
 */
export function PresenterLayout({ presenter, caption, badges, diagram, controls, tools }: Props) {
  const { t } = useT();
  const stageRef = useRef<HTMLElement>(null);
  const [chromeShown, revealChrome] = useChromeReveal();
  const [notesBlocked, setNotesBlocked] = useState(false);

  // The button or key that opened this layout is gone: focus the stage, so keys and screen
  // readers carry on from here.
  useEffect(() => {
    stageRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className={chromeShown ? 'presenter presenter--chrome' : 'presenter'} onPointerMove={revealChrome}>
      <main className="presenter__stage" aria-label={t('presenter.region')} tabIndex={-1} ref={stageRef}>
        <div className="presenter__caption">{caption}</div>
        <div className="presenter__badges">{badges}</div>
        <div className="presenter__diagram">{diagram}</div>
      </main>
      <footer className="presenter__chrome" id="playback-controls">
        <div className="presenter__tools" role="group" aria-label={t('presenter.tools')}>
          <button type="button" className="command" onClick={presenter.leave} aria-keyshortcuts="Escape P">
            {t('presenter.leave')}
          </button>
          <button type="button" className="command" onClick={presenter.toggleBlank} aria-keyshortcuts="B .">
            {t('presenter.blank')}
          </button>
          <button type="button" className="command" onClick={() => setNotesBlocked(!presenter.openNotes())}>
            {t('presenter.openNotes')}
          </button>
          {tools}
          <p className="presenter__status" role="status">
            {notesBlocked ? t('presenter.notesBlocked') : ''}
          </p>
        </div>
        {controls}
      </footer>
      {presenter.blank && (
        // Black, as slide software blanks; a click brings the picture back like any key does.
        <div className="presenter__blank" aria-hidden="true" data-testid="presenter-blank" onClick={presenter.toggleBlank} />
      )}
      <p className="visually-hidden" role="status">
        {presenter.blank ? t('presenter.blanked') : ''}
      </p>
    </div>
  );
}

/** True for a while after each pointer move. */
function useChromeReveal(): [boolean, () => void] {
  const [shown, setShown] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const reveal = () => {
    setShown(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setShown(false), CHROME_IDLE_MS);
  };
  return [shown, reveal];
}
