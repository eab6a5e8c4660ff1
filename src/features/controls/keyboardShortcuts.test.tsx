import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimStore } from '../../store';
import { COMMANDS } from './commands';
import { trackFocusOrigin } from './focusOrigin';
import { handleShortcut } from './keyboardShortcuts';

/** `clicked`: the target took focus from a pointer (the teacher clicked it), not from Tab. */
function press(key: string, target: Element = document.body, init: KeyboardEventInit = {}, clicked = false) {
  const store = createSimStore({ scenario: 'close', cursor: 3 });
  const openHelp = vi.fn();
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  handleShortcut(event, { store, openHelp }, document, { pointerFocused: (el) => clicked && el === target });
  return { store, openHelp, event };
}

describe('keyboard shortcuts', () => {
  it('→ and PageDown (presentation clickers) step forward; ← and PageUp step back', () => {
    expect(press('ArrowRight').store.getState().cursor).toBe(4);
    expect(press('PageDown').store.getState().cursor).toBe(4);
    const { store } = press('ArrowRight');
    handleShortcut(new KeyboardEvent('keydown', { key: 'PageUp' }), { store, openHelp: vi.fn() }, document);
    expect(store.getState().cursor).toBe(3);
  });

  it('Space plays, End goes to the end, ] speeds up, ? opens help, L switches language', () => {
    expect(press(' ').store.getState().playing).toBe(true);
    expect(press('End').store.getState().cursor).toBeGreaterThan(3);
    expect(press(']').store.getState().speed).toBe(1.5);
    expect(press('[').store.getState().speed).toBe(0.75);
    expect(press('?').openHelp).toHaveBeenCalled();
    expect(press('L').store.getState().locale).toBe('zh');
  });

  it('leaves keys alone while typing, with modifiers, and Space on a focused button', () => {
    render(
      <div>
        <input aria-label="field" />
        <select aria-label="menu" />
        <button type="button">press me</button>
      </div>,
    );
    expect(press('ArrowRight', screen.getByLabelText('field')).store.getState().cursor).toBe(3);
    expect(press('ArrowRight', screen.getByLabelText('menu')).store.getState().cursor).toBe(3);
    const onButton = press(' ', screen.getByRole('button'));
    expect(onButton.store.getState().playing).toBe(false);
    expect(onButton.event.defaultPrevented).toBe(false);
    expect(press('l', document.body, { ctrlKey: true }).store.getState().locale).toBe('en');
    // Arrows on a focused button still step: buttons do nothing with them.
    expect(press('ArrowRight', screen.getByRole('button')).store.getState().cursor).toBe(4);
  });

  it('stops PageDown from scrolling the page', () => {
    expect(press('PageDown').event.defaultPrevented).toBe(true);
  });

  it('every command has at least one key and no key is used twice', () => {
    const keys = COMMANDS.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(COMMANDS.every((c) => c.keys.length + (c.slideKeys?.length ?? 0) > 0)).toBe(true);
    const slideKeys = COMMANDS.flatMap((c) => c.slideKeys ?? []);
    expect(new Set(slideKeys).size).toBe(slideKeys.length);
  });

  it('a modal dialog blocks the shortcuts', () => {
    render(<dialog open aria-label="d" />);
    expect(press('ArrowRight').store.getState().cursor).toBe(3);
    expect(press('PageDown').store.getState().cursor).toBe(3);
  });

  describe('a clicker always drives the lesson; Tab-reached controls keep their keys', () => {
    const controls = () =>
      render(
        <div>
          <input aria-label="text" />
          <textarea aria-label="notes" />
          <select aria-label="scenario" />
          <input type="radio" aria-label="absolute" />
          <input type="range" aria-label="step" />
          <button type="button">options</button>
        </div>,
      );

    it('Page Down / Page Up step, even on a menu, a radio or the slider reached with Tab', () => {
      controls();
      for (const name of ['scenario', 'absolute', 'step']) {
        const down = press('PageDown', screen.getByLabelText(name));
        expect(down.store.getState().cursor).toBe(4);
        // The control must not act on it as well (the slider would go back a step).
        expect(down.event.defaultPrevented).toBe(true);
        expect(press('PageUp', screen.getByLabelText(name)).store.getState().cursor).toBe(2);
      }
    });

    it('→ ← and Space step and play after the control was clicked, and the control does not act on them', () => {
      controls();
      for (const name of ['scenario', 'absolute', 'step']) {
        const right = press('ArrowRight', screen.getByLabelText(name), {}, true);
        expect(right.store.getState().cursor).toBe(4);
        expect(right.event.defaultPrevented).toBe(true);
        expect(press('ArrowLeft', screen.getByLabelText(name), {}, true).store.getState().cursor).toBe(2);
      }
      const space = press(' ', screen.getByRole('button'), {}, true);
      expect(space.store.getState().playing).toBe(true);
      expect(space.event.defaultPrevented).toBe(true);
    });

    it('→ ← and Space belong to a control reached with Tab (radio group, menu, slider, button)', () => {
      controls();
      for (const name of ['scenario', 'absolute', 'step']) {
        const right = press('ArrowRight', screen.getByLabelText(name));
        expect(right.store.getState().cursor).toBe(3);
        expect(right.event.defaultPrevented).toBe(false);
      }
      expect(press(' ', screen.getByRole('button')).store.getState().playing).toBe(false);
    });

    it('a text field keeps every key, clicked or not', () => {
      controls();
      for (const name of ['text', 'notes']) {
        for (const key of ['PageDown', 'ArrowRight', ' ']) {
          const result = press(key, screen.getByLabelText(name), {}, true);
          expect(result.store.getState()).toMatchObject({ cursor: 3, playing: false });
          expect(result.event.defaultPrevented).toBe(false);
        }
      }
    });
  });
});

describe('focus origin', () => {
  const tracked: { stop(): void }[] = [];
  afterEach(() => tracked.splice(0).forEach((t) => t.stop()));

  it('tells a control focused by a click or tap from one reached with Tab', () => {
    render(
      <div>
        <select aria-label="scenario" />
        <button type="button">next</button>
      </div>,
    );
    const origin = trackFocusOrigin(window);
    tracked.push(origin);
    const select = screen.getByLabelText('scenario');
    const button = screen.getByRole('button');
    fireEvent.pointerDown(select);
    select.focus();
    expect(origin.pointerFocused(select)).toBe(true);
    // A key pressed on the clicked control does not change who focused it.
    fireEvent.keyDown(select, { key: 'ArrowRight' });
    expect(origin.pointerFocused(select)).toBe(true);
    // Tab to the next control: keyboard focus.
    fireEvent.keyDown(select, { key: 'Tab' });
    button.focus();
    expect(origin.pointerFocused(button)).toBe(false);
    expect(origin.pointerFocused(select)).toBe(false);
  });
});
