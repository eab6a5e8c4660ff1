import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimStore, SimStoreProvider } from '../../store';
import { FetchFaultSaidOnce, lazyPart } from '../../ui/lazyPart';
import { NoticeBanner } from './NoticeBanner';

afterEach(() => {
  vi.restoreAllMocks();
});

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

  it('gives the focus to the playback controls when Dismiss goes with its notice', async () => {
    const store = createSimStore({ notice: { key: 'notice.stepOutOfRange', params: { step: 99, n: 5 } } });
    render(
      <SimStoreProvider store={store}>
        <NoticeBanner />
        <footer id="playback-controls" tabIndex={-1} />
      </SimStoreProvider>,
    );
    const dismiss = await screen.findByRole('button', { name: 'Dismiss' });
    dismiss.focus();
    fireEvent.click(dismiss);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    expect(document.getElementById('playback-controls')).toHaveFocus();
  });
});

/** Two parts of the page whose code the network holds, as the diagram and the badges share one chunk. */
function partsOfThePage(network: { online: boolean }) {
  const part = (text: string) =>
    lazyPart(
      () => (network.online ? Promise.resolve({ default: () => <p>{text}</p> }) : Promise.reject(new Error('offline'))),
      'with-the-page',
    );
  return { Diagram: part('the diagram'), Badges: part('the badges') };
}

/** The study page as far as a fetch fault goes: its notice region, then the given parts. */
function renderPageWithNotice(parts: ReactNode) {
  render(
    <SimStoreProvider store={createSimStore()}>
      <FetchFaultSaidOnce value>
        <NoticeBanner />
        {parts}
      </FetchFaultSaidOnce>
    </SimStoreProvider>,
  );
}

describe('a chunk of the page that cannot be fetched', () => {
  it('is said once, in the notice region, with one Try again, which brings every part back once online', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const network = { online: false };
    const { Diagram, Badges } = partsOfThePage(network);
    renderPageWithNotice(
      <>
        <Diagram />
        <Badges />
      </>,
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Part of the lab could not be loaded'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1);

    // Still offline: it tried, and says so.
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Part of the lab still could not be loaded'));

    network.online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the diagram')).toBeInTheDocument();
    expect(screen.getByText('the badges')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('hands the keyboard to the playback controls when its Try again succeeds and goes away', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const network = { online: false };
    const { Diagram } = partsOfThePage(network);
    renderPageWithNotice(
      <>
        <Diagram />
        <footer id="playback-controls" tabIndex={-1} aria-label="Playback" />
      </>,
    );
    const tryAgain = await screen.findByRole('button', { name: 'Try again' });
    tryAgain.focus();
    network.online = true;
    fireEvent.click(tryAgain);
    expect(await screen.findByText('the diagram')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('contentinfo', { name: 'Playback' })).toHaveFocus());
  });

  it('is said in place, with its own Try again, where the page shows no notice (a view without one)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const network = { online: false };
    const { Diagram } = partsOfThePage(network);
    render(
      <SimStoreProvider store={createSimStore()}>
        <Diagram />
      </SimStoreProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This part could not be loaded');
    network.online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the diagram')).toBeInTheDocument();
  });
});
