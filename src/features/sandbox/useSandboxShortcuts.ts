import { useEffect } from 'react';
import { type SandboxFateKind, type SandboxOutcome } from '../../sandbox';
import { useSimStore } from '../../store';
import { anyDialogOpen } from '../../ui/openDialogs';

/** Keys for the selected segment's fate. Not in the controls' list: they only mean something here (a test keeps them apart). */
export const FATE_KEYS: Readonly<Record<SandboxFateKind, string>> = { lose: 'x', delay: 'd', duplicate: 'c' };

const TEXT_ENTRY = 'input, select, textarea, [contenteditable=""], [contenteditable="true"]';

/**
 * X / D / C drop, delay or duplicate the selected segment, so a keyboard user can pick an
 * arrow in the diagram (Enter) and act on it without travelling to the panel. Keys are left
 * alone while typing, with modifiers (Ctrl+C stays copy), with a dialog open, or when no
 * segment is selected.
 */
export function useSandboxShortcuts(onOutcome: (outcome: SandboxOutcome) => void, delayMs: number): void {
  const store = useSimStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TEXT_ENTRY) || anyDialogOpen(document)) return;
      const state = store.getState();
      if (state.mode !== 'sandbox' || state.selectedSegment === null) return;
      const key = event.key.toLowerCase();
      const id = state.selectedSegment;
      let outcome: SandboxOutcome | null = null;
      if (key === FATE_KEYS.lose) outcome = state.dropSegment(id);
      else if (key === FATE_KEYS.delay) outcome = state.delaySegment(id, delayMs);
      else if (key === FATE_KEYS.duplicate) outcome = state.duplicateSegment(id);
      if (!outcome) return;
      event.preventDefault();
      onOutcome(outcome);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, onOutcome, delayMs]);
}
