import { useId, useRef } from 'react';
import { useT } from '../../i18n';
import { LessonText } from './LessonText';
import { LESSON_IDS, MISCONCEPTION_IDS } from './lessonIds';
import { MisconceptionNote } from './MisconceptionNote';
import './lessons.css';

/**
 * Every lesson (closed, so the list reads as a table of contents) and every misconception from
 * common misconception with its correction (open: a correction hidden behind a click is one most
 * readers never see).
 */
export function LearnPanel() {
  const { t } = useT();
  const id = useId();
  const lessonsHeading = useRef<HTMLHeadingElement>(null);
  const misconceptionsHeading = useRef<HTMLHeadingElement>(null);
  // Buttons, not #anchors: the URL hash is the app's deep link and must not change here.
  const jumpTo = (heading: HTMLHeadingElement | null) => {
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };

  return (
    <div className="learn">
      <div className="learn__jump">
        <button type="button" className="command" onClick={() => jumpTo(lessonsHeading.current)}>
          {t('learn.lessons')}
        </button>
        <button type="button" className="command" onClick={() => jumpTo(misconceptionsHeading.current)}>
          {t('learn.misconceptions')}
        </button>
      </div>

      <section aria-labelledby={`${id}-lessons`}>
        <h3 id={`${id}-lessons`} ref={lessonsHeading} tabIndex={-1} className="learn__heading">
          {t('learn.lessons')}
        </h3>
        {LESSON_IDS.map((lesson) => (
          <details key={lesson} className="lesson" data-lesson={lesson}>
            <summary>{t(`lesson.${lesson}.title`)}</summary>
            <div className="lesson__body">
              <LessonText text={t(`lesson.${lesson}.body`)} />
            </div>
          </details>
        ))}
      </section>

      <section aria-labelledby={`${id}-misconceptions`}>
        <h3 id={`${id}-misconceptions`} ref={misconceptionsHeading} tabIndex={-1} className="learn__heading">
          {t('learn.misconceptions')}
        </h3>
        <p className="learn__intro">{t('learn.misconceptions.intro')}</p>
        <ul className="learn__misconceptions">
          {MISCONCEPTION_IDS.map((misconception) => (
            <li key={misconception}>
              <MisconceptionNote id={misconception} t={t} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
