import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SCENARIO_IDS } from '../../engine';
import { createSimStore, SimStoreProvider } from '../../store';
import { ScenarioPicker } from './ScenarioPicker';

describe('<ScenarioPicker>', () => {
  it('offers every scenario, grouped, and loads the chosen one at step 0', () => {
    const store = createSimStore({ cursor: 3 });
    render(
      <SimStoreProvider store={store}>
        <ScenarioPicker />
      </SimStoreProvider>,
    );
    const select = screen.getByRole('combobox', { name: 'Scenario' });
    // Every scenario, plus the sandbox.
    expect(within(select).getAllByRole('option')).toHaveLength(SCENARIO_IDS.length + 1);
    expect(within(select).getByRole('group', { name: 'The basics' })).toBeInTheDocument();
    fireEvent.change(select, { target: { value: 'close' } });
    expect(store.getState()).toMatchObject({ scenario: 'close', cursor: 0 });
  });

  it('offers the sandbox, and shows it as chosen while it is open', () => {
    const store = createSimStore();
    render(
      <SimStoreProvider store={store}>
        <ScenarioPicker />
      </SimStoreProvider>,
    );
    const select = screen.getByRole('combobox', { name: 'Scenario' });
    fireEvent.change(select, { target: { value: 'sandbox' } });
    expect(store.getState().mode).toBe('sandbox');
    expect(select).toHaveValue('sandbox');
    fireEvent.change(select, { target: { value: 'handshake' } });
    expect(store.getState()).toMatchObject({ mode: 'scenario', scenario: 'handshake' });
  });

  describe('the choice that opens a capture file', () => {
    function renderWithCapture() {
      const onOpenCapture = vi.fn();
      render(
        <SimStoreProvider store={createSimStore({ scenario: 'close' })}>
          <ScenarioPicker onOpenCapture={onOpenCapture} />
        </SimStoreProvider>,
      );
      return { onOpenCapture, select: screen.getByRole('combobox', { name: 'Scenario' }) };
    }
    /** What a closed select does with an arrow key in Chromium: keydown, then the change, then keyup. */
    function arrowTo(select: HTMLElement, value: string) {
      fireEvent.keyDown(select, { key: 'ArrowDown' });
      fireEvent.change(select, { target: { value } });
      fireEvent.keyUp(select, { key: 'ArrowDown' });
    }

    it('chosen from the open list (no key stepped to it), opens the file window at once', () => {
      const { onOpenCapture, select } = renderWithCapture();
      fireEvent.change(select, { target: { value: 'open-capture' } });
      expect(onOpenCapture).toHaveBeenCalledTimes(1);
      expect(select).toHaveValue('close');
    });

    it('reached with an arrow key, waits for Enter and says so, then opens the file window', () => {
      const { onOpenCapture, select } = renderWithCapture();
      arrowTo(select, 'open-capture');
      expect(onOpenCapture).not.toHaveBeenCalled();
      expect(select).toHaveValue('open-capture');
      expect(select).toHaveAccessibleDescription('Press Enter to choose the file.');
      fireEvent.keyDown(select, { key: 'Enter' });
      expect(onOpenCapture).toHaveBeenCalledTimes(1);
      expect(select).toHaveValue('close');
    });

    it('reached with an arrow key and left (arrowed past, or Tab away), shows again what is on screen', () => {
      const { onOpenCapture, select } = renderWithCapture();
      arrowTo(select, 'open-capture');
      arrowTo(select, 'handshake');
      expect(select).toHaveValue('handshake');
      arrowTo(select, 'open-capture');
      fireEvent.blur(select);
      expect(select).toHaveValue('handshake');
      expect(select).not.toHaveAccessibleDescription('Press Enter to choose the file.');
      expect(onOpenCapture).not.toHaveBeenCalled();
    });
  });
});
