import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSimStore, selectStepCount, SimStoreProvider } from '../../store';
import { Controls } from './Controls';

function renderControls(initial = {}) {
  const store = createSimStore(initial);
  render(
    <SimStoreProvider store={store}>
      <Controls />
    </SimStoreProvider>,
  );
  return store;
}

describe('<Controls>', () => {
  it('steps with the buttons and shows "Step k of n"', () => {
    const store = renderControls();
    const n = selectStepCount(store.getState());
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(store.getState().cursor).toBe(1);
    expect(screen.getByText(`Step 1 of ${n}`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Go to end' }));
    expect(screen.getByRole('button', { name: 'Next step' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('Next at the last step keeps its focus and does nothing (a disabled button would drop focus to the page)', () => {
    const store = renderControls();
    const n = selectStepCount(store.getState());
    const next = screen.getByRole('button', { name: 'Next step' });
    next.focus();
    fireEvent.click(screen.getByRole('button', { name: 'Go to end' }));
    next.focus();
    fireEvent.click(next);
    expect(store.getState().cursor).toBe(n);
    expect(next).toHaveFocus();
    expect(next).not.toBeDisabled();
    expect(next).toHaveAttribute('aria-disabled', 'true');
  });

  it('the scrubber is a labelled slider that seeks', () => {
    const store = renderControls();
    const slider = screen.getByRole('slider', { name: 'Step' });
    fireEvent.change(slider, { target: { value: '3' } });
    expect(store.getState().cursor).toBe(3);
    expect(slider).toHaveAttribute('aria-valuetext', `Step 3 of ${selectStepCount(store.getState())}`);
  });

  it('the play button says what it will do', () => {
    const store = renderControls();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('the speed select changes the speed', () => {
    const store = renderControls();
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '2' } });
    expect(store.getState().speed).toBe(2);
  });

  it('the help dialog lists every shortcut and closes again', async () => {
    renderControls();
    fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    // Its code is loaded on demand (not part of the first paint).
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Page Down')).toBeInTheDocument();
    expect(within(dialog).getByRole('cell', { name: 'Next step' })).toBeInTheDocument();
    act(() => {
      (dialog as HTMLDialogElement).close?.();
      dialog.dispatchEvent(new Event('close'));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('window key presses drive the same commands', () => {
    const store = renderControls();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(store.getState().cursor).toBe(2);
    fireEvent.keyDown(window, { key: 'Home' });
    expect(store.getState().cursor).toBe(0);
  });
});
