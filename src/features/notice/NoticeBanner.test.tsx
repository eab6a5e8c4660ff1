import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSimStore, SimStoreProvider } from '../../store';
import { NoticeBanner } from './NoticeBanner';

describe('<NoticeBanner>', () => {
  it('shows the notice in words in a status region, and dismisses it', async () => {
    const store = createSimStore({ notice: { key: 'notice.stepOutOfRange', params: { step: 99, n: 5 } } });
    render(
      <SimStoreProvider store={store}>
        <NoticeBanner />
      </SimStoreProvider>,
    );
    expect(await screen.findByText(/pointed to step 99, but this scenario has 5 steps/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('step 99');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(store.getState().notice).toBeNull();
  });
});
