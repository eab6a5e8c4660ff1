import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { TFunction } from '../../i18n';
import { selectFirstStep, selectLastStep, selectStepCount, useSim, useSimActions, useSimStore } from '../../store';
import { useT } from '../../i18n/useT';

/**
 * Drag or arrow through the steps; seeking jumps the playhead (no glide) and pauses.
 *
 * Issue 8 (a step in one frame): the step itself is written to the slider (its value and
 * aria-valuetext) and to "Step k of n" by one store subscription, not by rendering this
 * component: that render and commit were most of React's work in a step's key task. React renders
 * the scrubber when what it is made of changes (the language, the number of steps, the range an
 * embed allows) and only ever with the step it was first drawn at (the prerendered page's), so
 * the subscription is the one writer of the step and the two never disagree.
 */
export function Scrubber() {
  const { t } = useT();
  const id = useId();
  const store = useSimStore();
  const count = useSim(selectStepCount);
  // An embedded view may lock the steps to a range; the slider spans just that range.
  const first = useSim(selectFirstStep);
  const last = useSim(selectLastStep);
  const { seek } = useSimActions();
  const [drawnAt] = useState(() => store.getState().cursor);
  const slider = useRef<HTMLInputElement>(null);
  const value = useRef<HTMLOutputElement>(null);
  useLayoutEffect(() => {
    const show = (cursor: number, steps: number) => {
      if (slider.current && value.current) showStep(slider.current, value.current, stepTexts(t, cursor, steps), cursor);
    };
    // After every render too: a new range clamps the slider's value, a new language its words.
    show(store.getState().cursor, count);
    // The count read from the same state as the step: a sandbox call brings both at once, and the
    // render that brings this effect the new count comes after ("Step 1 of 0" in between).
    return store.subscribe((state, prev) => {
      if (state.cursor !== prev.cursor) show(state.cursor, selectStepCount(state));
    });
  }, [store, t, count, first, last]);
  const drawn = stepTexts(t, drawnAt, count);
  // The slider and its text each sit in a box of their own that their content cannot resize
  // (controls.css), so a step lays out those two and not the page around them.
  return (
    <div className="scrubber">
      <label htmlFor={id} className="scrubber__label visually-hidden-when-tight">
        {t('ui.scrubber.label')}
      </label>
      <div className="scrubber__track">
        <input
          ref={slider}
          id={id}
          type="range"
          min={first}
          max={last}
          step={1}
          defaultValue={drawnAt}
          aria-valuetext={drawn.valueText}
          onChange={(event) => seek(Number(event.currentTarget.value))}
        />
      </div>
      <div className="scrubber__value-box">
        {/* The widest the text gets ("Step n of n": the digits are tabular) holds the box's size;
            drawn by CSS from the attribute, so it is no text of the page's to find or read. */}
        <span className="scrubber__value-sizer" data-widest={stepTexts(t, count, count).shown} aria-hidden="true" />
        {/* Not a live region (an <output> is one by default): the step announcer says each step
            in a sentence that begins with these same words, and a reader heard them twice. */}
        <output ref={value} htmlFor={id} className="scrubber__value" aria-live="off">
          {drawn.shown}
        </output>
      </div>
    </div>
  );
}

interface StepTexts {
  /** What a screen reader says for the slider's value. */
  readonly valueText: string;
  /** "Step k of n" beside the slider. */
  readonly shown: string;
}

function stepTexts(t: TFunction, cursor: number, count: number): StepTexts {
  const shown = t('ui.scrubber.value', { k: cursor, n: count });
  return { valueText: cursor === 0 ? t('ui.scrubber.start', { n: count }) : shown, shown };
}

/** Writes a step to the slider and its text, touching only what differs (each write costs a layout). */
function showStep(slider: HTMLInputElement, value: HTMLOutputElement, texts: StepTexts, cursor: number): void {
  const step = String(cursor);
  if (slider.value !== step) slider.value = step;
  if (slider.getAttribute('aria-valuetext') !== texts.valueText) slider.setAttribute('aria-valuetext', texts.valueText);
  // The text node React made, rewritten in place, so React's own node stays the one on the page.
  const text = value.firstChild;
  if (text instanceof Text && text === value.lastChild) {
    if (text.data !== texts.shown) text.data = texts.shown;
  } else if (value.textContent !== texts.shown) value.textContent = texts.shown;
}
