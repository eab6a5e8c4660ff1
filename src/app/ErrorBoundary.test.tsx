import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimStore, SimStoreProvider } from '../store';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('boom');
}

describe('<ErrorBoundary>', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a friendly message with a reload button instead of a blank page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <SimStoreProvider store={createSimStore()}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </SimStoreProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
