import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
});
