import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { createSimStore } from '../../store';
import type { PresenterHooks } from './commands';
import { handleShortcut } from './keyboardShortcuts';

afterEach(cleanup);

/** A presenter mode that records what the keys asked of it. */
function presenterMode(blank = false) {
  let blanked = blank;
  const hooks: PresenterHooks & { calls: string[] } = {
    calls: [],
    toggle: () => hooks.calls.push('toggle'),
    leave: () => hooks.calls.push('leave'),
    toggleBlank: () => {
      blanked = !blanked;
      hooks.calls.push('blank');
    },
    isBlank: () => blanked,
  };
  return hooks;
}

function pressIn(slides: boolean, key: string, presenter = presenterMode(), target: Element = document.body) {
  const store = createSimStore({ scenario: 'close', cursor: 3 });
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'target', { value: target });
  handleShortcut(event, { store, openHelp: vi.fn(), presenter, slideMode: () => slides }, document);
  return { store, presenter, event };
}

describe('keys in presenter mode follow slide software', () => {
  it('Space steps forward (as a clicker expects) instead of playing', () => {
    const { store } = pressIn(true, ' ');
    expect(store.getState().cursor).toBe(4);
    expect(store.getState().playing).toBe(false);
    // Outside presenter mode Space still plays.
    expect(pressIn(false, ' ').store.getState().playing).toBe(true);
  });

  it('PageDown / PageUp / → / ← step as everywhere', () => {
    expect(pressIn(true, 'PageDown').store.getState().cursor).toBe(4);
    expect(pressIn(true, 'ArrowRight').store.getState().cursor).toBe(4);
    expect(pressIn(true, 'PageUp').store.getState().cursor).toBe(2);
    expect(pressIn(true, 'ArrowLeft').store.getState().cursor).toBe(2);
  });

  it('Space on a button reached with Tab still presses the button', () => {
    render(<button type="button">leave</button>);
    const { store, event } = pressIn(true, ' ', presenterMode(), screen.getByRole('button'));
    expect(store.getState().cursor).toBe(3);
    expect(event.defaultPrevented).toBe(false);
  });

  it('B and . blank the screen; Escape leaves; P toggles presenter mode in either mode', () => {
    expect(pressIn(true, 'b').presenter.calls).toEqual(['blank']);
    expect(pressIn(true, '.').presenter.calls).toEqual(['blank']);
    expect(pressIn(true, 'Escape').presenter.calls).toEqual(['toggle']);
    expect(pressIn(true, 'P').presenter.calls).toEqual(['toggle']);
    expect(pressIn(false, 'p').presenter.calls).toEqual(['toggle']);
    // Outside presenter mode B and Escape are nobody's.
    expect(pressIn(false, 'b').presenter.calls).toEqual([]);
    expect(pressIn(false, 'Escape').event.defaultPrevented).toBe(false);
  });

  it('any key brings a blanked screen back, and does nothing else', () => {
    for (const key of ['PageDown', ' ', 'x', 'Escape']) {
      const { store, presenter, event } = pressIn(true, key, presenterMode(true));
      expect(presenter.isBlank()).toBe(false);
      expect(presenter.calls).toEqual(['blank']);
      expect(store.getState().cursor).toBe(3);
      expect(event.defaultPrevented).toBe(true);
    }
  });
});
