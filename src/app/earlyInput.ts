/**
 * Input made before the app was live. The app's code starts after the prerendered page has been
 * painted (scripts/appStart.ts), so for a moment the page shows controls that nothing answers
 * yet. index.html's head script keeps each click on a control and each shortcut key of that
 * moment (stopped before it could do anything half-way); once the app listens, they are replayed
 * here, in the order they came, on the same elements: hydration adopts the prerendered nodes, so
 * the button clicked is the button React now owns.
 */

/** What the head script records (index.html). */
export interface EarlyInput {
  readonly type: 'click' | 'keydown';
  readonly target: Element;
  readonly key: string;
  readonly code: string;
  readonly shiftKey: boolean;
}

/** The head script's recorder, on `window.tcpLabEarlyInput`; `stop` returns what it kept. */
interface EarlyInputRecorder {
  readonly stop: () => EarlyInput[];
}

/** Stops the head script's recording and takes what it kept (nothing when there is no recorder). */
export function takeEarlyInput(win: Window): EarlyInput[] {
  const recorder = (win as Window & { tcpLabEarlyInput?: EarlyInputRecorder }).tcpLabEarlyInput;
  return recorder?.stop() ?? [];
}

/**
 * The control to replay a click on: the element clicked, or, if the app has drawn the page afresh
 * since, the control of the same kind with the same name.
 */
function clickTarget(input: EarlyInput, doc: Document): Element | null {
  if (input.target.isConnected) return input.target;
  const name = accessibleName(input.target);
  if (!name) return null;
  return [...doc.querySelectorAll(input.target.localName)].find((element) => accessibleName(element) === name) ?? null;
}

const accessibleName = (element: Element): string => (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();

/** Replays the kept input, in order: clicks on their controls, keys where they were pressed. */
export function replayEarlyInput(inputs: readonly EarlyInput[], doc: Document): void {
  for (const input of inputs) {
    if (input.type === 'click') {
      const target = clickTarget(input, doc);
      target?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    } else {
      const target = input.target.isConnected ? input.target : doc.body;
      const { key, code, shiftKey } = input;
      target.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true, composed: true }));
    }
  }
}
