import type { TFunction } from '../../i18n';
import type { MisconceptionId } from './lessonIds';

/**
 * One misconception, gently corrected: what is often said, then what is true. The two parts
 * are told apart by their labels and signs (✎ and ✓), not only by colour.
 */
export function MisconceptionNote({ id, t }: { id: MisconceptionId; t: TFunction }) {
  return (
    <div className="misconception" data-misconception={id}>
      <p className="misconception__claim">
        <span className="misconception__label">
          <span aria-hidden="true">✎ </span>
          {t('learn.claim')}
        </span>{' '}
        {t(`misconception.${id}.claim`)}
      </p>
      <p className="misconception__truth">
        <span className="misconception__label">
          <span aria-hidden="true">✓ </span>
          {t('learn.truth')}
        </span>{' '}
        {t(`misconception.${id}.truth`)}
      </p>
    </div>
  );
}
