/**
 * Marks a group whose buttons select something to act on right there (the sandbox's segments on
 * the wire, whose fates appear under them). A view that scrolls to show a new selection elsewhere
 * (the header inspector) leaves the page where it is while the focus is inside such a group:
 * scrolling away would carry the focused button, and what it revealed, out of view (WCAG 2.4.7).
 */
export const SELECTS_IN_PLACE = { 'data-selects-in-place': '' } as const;

/** True when the focus is inside a group marked SELECTS_IN_PLACE. */
export function focusSelectsInPlace(doc: Document): boolean {
  return doc.activeElement?.closest('[data-selects-in-place]') != null;
}
