import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createSimStore } from '../../store';
import { COMMANDS } from './commands';
import { handleShortcut } from './keyboardShortcuts';

function press(key: string, target: Element = document.body, init: KeyboardEventInit = {}) {
  const store = createSimStore();
  const openHelp = vi.fn();
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  handleShortcut(event, { store, openHelp }, document);
  return { store, openHelp, event };
}

describe('keyboard shortcuts', () => {
  it('→ and PageDown (presentation clickers) step forward; ← and PageUp step back', () => {
    expect(press('ArrowRight').store.getState().cursor).toBe(1);
    expect(press('PageDown').store.getState().cursor).toBe(1);
    const { store } = press('ArrowRight');
    handleShortcut(new KeyboardEvent('keydown', { key: 'PageUp' }), { store, openHelp: vi.fn() }, document);
    expect(store.getState().cursor).toBe(0);
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
    expect(press('ArrowRight', screen.getByLabelText('field')).store.getState().cursor).toBe(0);
    expect(press('ArrowRight', screen.getByLabelText('menu')).store.getState().cursor).toBe(0);
    const onButton = press(' ', screen.getByRole('button'));
    expect(onButton.store.getState().playing).toBe(false);
    expect(onButton.event.defaultPrevented).toBe(false);
    expect(press('l', document.body, { ctrlKey: true }).store.getState().locale).toBe('en');
    // Arrows on a focused button still step: buttons do nothing with them.
    expect(press('ArrowRight', screen.getByRole('button')).store.getState().cursor).toBe(1);
  });

  it('stops PageDown from scrolling the page', () => {
    expect(press('PageDown').event.defaultPrevented).toBe(true);
  });

  it('every command has at least one key and no key is used twice', () => {
    const keys = COMMANDS.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(COMMANDS.every((c) => c.keys.length > 0)).toBe(true);
  });

  it('a modal dialog blocks the shortcuts', () => {
    render(<dialog open aria-label="d" />);
    expect(press('ArrowRight').store.getState().cursor).toBe(0);
  });
});
