import { useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../i18n/useT';
import { selectStepCount, useSim, useSimStore } from '../../store';
import { presenterSession } from './presenterSession';
import { elapsedMs, formatElapsed, pauseTimer, resumeTimer } from './presenterTimer';
import { usePresenterChannel } from './usePresenter';
import './presenter.css';

interface Props {
  /** The current step's full explanation. */
  readonly explanation: ReactNode;
  /** The caption of the step after this one (what the class will see next), or null at the end. */
  readonly nextCaption: ReactNode | null;
  /** The playback bar: its buttons and keys step both windows. */
  readonly controls: ReactNode;
}

/**
 * The second window of a presentation, for the teacher's screen: the step count, the lesson's
 * timer, what the current step means in full, and what comes next. It joins the projected window
 * through the channel and can drive it; closed, it leaves the projected one as it was, and it
 * still works on its own once the projected window is gone.
 */
export function SpeakerNotes({ explanation, nextCaption, controls }: Props) {
  const { t } = useT();
  const store = useSimStore();
  usePresenterChannel(store, true, true);
  const cursor = useSim((s) => s.cursor);
  const count = useSim(selectStepCount);

  useEffect(() => {
    const previous = document.title;
    document.title = `${t('speakerNotes.title')} · ${t('app.title')}`;
    return () => {
      document.title = previous;
    };
  }, [t]);

  return (
    <div className="speaker-notes">
      <header className="speaker-notes__header">
        <h1 className="speaker-notes__title">{t('speakerNotes.title')}</h1>
        <p className="speaker-notes__count">{t('announce.step', { k: cursor, n: count })}</p>
        <LessonTimer />
      </header>
      <main className="speaker-notes__main">
        <section className="speaker-notes__now" aria-labelledby="notes-now">
          <h2 id="notes-now">{t('speakerNotes.current')}</h2>
          {explanation}
        </section>
        <section className="speaker-notes__next" aria-labelledby="notes-next">
          <h2 id="notes-next">{t('speakerNotes.next')}</h2>
          {nextCaption ?? <p>{t('speakerNotes.nextNone')}</p>}
        </section>
      </main>
      <footer className="speaker-notes__controls" id="playback-controls">
        {controls}
      </footer>
    </div>
  );
}

/** Time since presenter mode started, with a pause button; shared with the projected window. */
function LessonTimer() {
  const { t } = useT();
  const timer = useStore(presenterSession, (s) => s.timer);
  const now = useNow(timer !== null && timer.pausedAt === null);
  if (!timer) return <p className="speaker-notes__timer">{t('speakerNotes.timerNotStarted')}</p>;
  const paused = timer.pausedAt !== null;
  const toggle = () => {
    const at = Date.now();
    presenterSession.setState({ timer: paused ? resumeTimer(timer, at) : pauseTimer(timer, at) });
  };
  return (
    <div className="speaker-notes__timer">
      <p>
        <span className="speaker-notes__timer-label">{t('speakerNotes.timer')} </span>
        {/* Not a live region: a clock read aloud every second would drown everything else. */}
        <time className="speaker-notes__clock" data-testid="lesson-timer">
          {formatElapsed(elapsedMs(timer, now))}
        </time>
        {paused && <span className="speaker-notes__paused"> ({t('speakerNotes.paused')})</span>}
      </p>
      <button type="button" className="command" onClick={toggle}>
        {t(paused ? 'speakerNotes.resume' : 'speakerNotes.pause')}
      </button>
    </div>
  );
}

/** The wall clock, ticking each second while `running`. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [running]);
  return now;
}
