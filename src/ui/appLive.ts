/**
 * The moment the app takes input itself. Until then index.html's head script keeps the clicks and
 * keys of a reader faster than the app's code; main.tsx replays them once every part that may
 * have been clicked answers (app/earlyInput.ts): the page's keyboard shortcuts listen (the
 * controls say so, whichever window draws them) and, on the prerendered page, React has adopted
 * the header too. A click replayed on a header not adopted yet could be undone by its adoption
 * (a language radio stayed on English). Events on the window rather than props, so each part
 * signals it without app/ threading callbacks through.
 */
const ANSWERS = 'tcp-lab:answers';

/** The parts that must answer before kept input is replayed. */
export type AnsweringPart = 'shortcuts' | 'header';

export function announceAnswering(win: Window, part: AnsweringPart): void {
  win.dispatchEvent(new CustomEvent<AnsweringPart>(ANSWERS, { detail: part }));
}

/** Calls `listener` once, when every part in `parts` has answered. */
export function whenAnswering(win: Window, parts: readonly AnsweringPart[], listener: () => void): void {
  const waiting = new Set(parts);
  const onAnswer = (event: Event) => {
    waiting.delete((event as CustomEvent<AnsweringPart>).detail);
    if (waiting.size > 0) return;
    win.removeEventListener(ANSWERS, onAnswer);
    listener();
  };
  win.addEventListener(ANSWERS, onAnswer);
}
