import { useId } from 'react';
import type { ScenarioId } from '../../engine';
import { useT } from '../../i18n';
import { useSim } from '../../store';
import { LessonText } from './LessonText';
import { MisconceptionNote } from './MisconceptionNote';
import { SCENARIO_NOTES } from './notesByScenario';
import './lessons.css';

export interface ScenarioNotesProps {
  /** Defaults to the scenario on screen. */
  readonly scenario?: ScenarioId;
}

/**
 * `<ScenarioNotes scenario={id} />`: the 1–3 misconceptions (or the lesson) that belong beside a
 * scenario, each claim with its correction. Not lazy, unlike the dialogs: it is always on screen,
 * it is small, and a second lazy chunk makes Rolldown split the first paint into more files
 * (rolldown#10731), which costs more bytes than this component.
 */
export function ScenarioNotes({ scenario }: ScenarioNotesProps) {
  const { t } = useT();
  const id = useId();
  const onScreen = useSim((s) => s.scenario);
  const notes = SCENARIO_NOTES[scenario ?? onScreen];
  if (notes.length === 0) return null;
  return (
    <section className="scenario-notes" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="scenario-notes__title">
        {t('notes.title')}
      </h2>
      <ul className="scenario-notes__list">
        {notes.map((note) => (
          <li key={`${note.kind}:${note.id}`}>
            {note.kind === 'misconception' ? (
              <MisconceptionNote id={note.id} t={t} />
            ) : (
              <details className="lesson lesson--compact" data-lesson={note.id}>
                <summary>
                  <span className="lesson__kind">{t('notes.lesson')}</span> {t(`lesson.${note.id}.title`)}
                </summary>
                <div className="lesson__body">
                  <LessonText text={t(`lesson.${note.id}.body`)} />
                </div>
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
