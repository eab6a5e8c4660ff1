/**
 * Remembers whether the focused element got its focus from a pointer (mouse, pen, touch) or from
 * the keyboard (Tab, a shortcut, a script answering a key). A teacher who clicks a menu or a
 * toggle mid-lesson did not mean to hand the clicker's keys to it; a keyboard user who tabbed to
 * it did. The keyboard shortcuts ask this to decide who owns → ← and Space.
 */
export interface FocusOrigin {
  /** True when `element` is (inside) the element that took focus from a pointer. */
  pointerFocused(element: Element): boolean;
  stop(): void;
}

/**
 * Listens on `target` (the window) in the capture phase; install it before any key handler on the
 * same target so it has seen the events that handler acts on.
 */
export function trackFocusOrigin(target: EventTarget): FocusOrigin {
  let lastInputWasPointer = false;
  let pointerFocus: Element | null = null;
  const onPointerDown = () => {
    lastInputWasPointer = true;
  };
  const onKeyDown = () => {
    lastInputWasPointer = false;
  };
  // A label's click focuses its radio after the pointer is up, so the flag holds until a key is pressed.
  const onFocusIn = (event: Event) => {
    pointerFocus = lastInputWasPointer && event.target instanceof Element ? event.target : null;
  };
  // Capture: these must be seen before any handler can stop them.
  target.addEventListener('pointerdown', onPointerDown, true);
  target.addEventListener('keydown', onKeyDown, true);
  target.addEventListener('focusin', onFocusIn, true);
  return {
    pointerFocused: (element) => pointerFocus !== null && pointerFocus.contains(element),
    stop: () => {
      target.removeEventListener('pointerdown', onPointerDown, true);
      target.removeEventListener('keydown', onKeyDown, true);
      target.removeEventListener('focusin', onFocusIn, true);
    },
  };
}

/** For callers that track nothing (tests of other rules): every focus counts as the keyboard's. */
export const KEYBOARD_FOCUS_ONLY: Pick<FocusOrigin, 'pointerFocused'> = { pointerFocused: () => false };
