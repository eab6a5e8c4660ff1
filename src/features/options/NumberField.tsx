import { useId, useState } from 'react';
import type { TFunction } from '../../i18n';
import { problemMessage, readWholeNumber, type NumberFieldSpec, type NumberProblem } from './optionFields';

interface Props {
  readonly label: string;
  /** The value in use (from the store). */
  readonly value: number;
  readonly spec: Pick<NumberFieldSpec, 'min' | 'max'>;
  readonly onCommit: (value: number) => void;
  readonly hint?: string;
  readonly t: TFunction;
}

/**
 * A whole-number field that applies each valid value as it is typed and refuses the rest with
 * a message in words, leaving the last good value in use. A text input with a numeric keypad,
 * not type="number": browsers accept "1e3" there and hand back "" for what they cannot parse,
 * so the learner's mistake could not be named.
 */
export function NumberField({ label, value, spec, onCommit, hint, t }: Props) {
  const id = useId();
  const { draft, problem, change } = useWholeNumberDraft(value, spec, onCommit);
  const message = problem ? problemMessage(problem, spec) : null;
  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className={`number-field${message ? ' number-field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={draft}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => change(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="options__hint">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} className="number-field__error" aria-live="polite">
        {message && (
          <>
            <span aria-hidden="true">⚠ </span>
            {t(message.key, message.params)} {t('options.error.kept', { value })}
          </>
        )}
      </p>
    </div>
  );
}

/**
 * What is typed, and what is wrong with it: each valid value is committed as it is typed, and a
 * value changed from outside (reset, a new link) replaces the draft unless it is what was typed.
 */
function useWholeNumberDraft(value: number, spec: Props['spec'], onCommit: (value: number) => void) {
  const [draft, setDraft] = useState(String(value));
  const [problem, setProblem] = useState<NumberProblem | null>(null);
  const [shown, setShown] = useState(value);

  if (shown !== value) {
    setShown(value);
    const reading = readWholeNumber(draft, spec);
    if (!reading.ok || reading.value !== value) {
      setDraft(String(value));
      setProblem(null);
    }
  }

  const change = (text: string) => {
    setDraft(text);
    const reading = readWholeNumber(text, spec);
    if (reading.ok) {
      setProblem(null);
      if (reading.value !== value) onCommit(reading.value);
    } else {
      setProblem(reading.problem);
    }
  };
  return { draft, problem, change };
}
