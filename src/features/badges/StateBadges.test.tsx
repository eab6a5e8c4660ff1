import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../../engine';
import { loadAllMessages } from '../../ui/testing/render';
import { PlayheadProvider } from '../../playback';
import { startFakeFrames, stopFakeFrames } from '../../playback/testing/fakeFrames';
import { createSimStore, SimStoreProvider, type SimStore } from '../../store';
import { StateBadges } from './StateBadges';
import { TcbPanel } from './TcbPanel';

/** The badges as the app mounts them: in the store's provider, following the playhead. */
function renderBadges(store: SimStore) {
  render(
    <SimStoreProvider store={store}>
      <PlayheadProvider>
        <StateBadges />
      </PlayheadProvider>
    </SimStoreProvider>,
  );
}

describe('<StateBadges> and <TcbPanel> in the app', () => {
  beforeAll(async () => {
    await loadAllMessages('en');
  });
  afterEach(stopFakeFrames);

  it('change when the segment arrives (RFC 9293 §3.10.7.2), not when the step starts gliding', () => {
    // A real glide, on fake animation frames.
    startFakeFrames();
    const store = createSimStore({ scenario: 'handshake', cursor: 2 });
    render(
      <SimStoreProvider store={store}>
        <PlayheadProvider>
          <StateBadges />
          <TcbPanel />
        </PlayheadProvider>
      </SimStoreProvider>,
    );
    const serverIn = (state: string) => screen.queryByRole('img', { name: `Server state: ${state}` });
    const irs = () => screen.getByRole('row', { name: /IRS/ }).textContent;
    expect(serverIn('LISTEN')).toBeInTheDocument();
    const irsBefore = irs();

    act(() => store.getState().stepForward());
    // The cursor is on step 3 (the SYN arrives at 100 ms) but the playhead is still on its way.
    act(() => vi.advanceTimersByTime(200));
    expect(store.getState().cursor).toBe(3);
    expect(serverIn('LISTEN')).toBeInTheDocument();
    expect(irs()).toBe(irsBefore);

    act(() => vi.advanceTimersByTime(5000));
    expect(serverIn('SYN-RECEIVED')).toBeInTheDocument();
    // The TCB table follows once the frame that shows the arrival has been produced.
    act(() => vi.advanceTimersByTime(100));
    expect(irs()).not.toBe(irsBefore);
  });

  it('change at once on a step back or a jump', () => {
    const store = createSimStore({ scenario: 'handshake', cursor: 3 });
    renderBadges(store);
    expect(screen.getByRole('img', { name: 'Server state: SYN-RECEIVED' })).toBeInTheDocument();
    act(() => store.getState().stepBack());
    expect(screen.getByRole('img', { name: 'Server state: LISTEN' })).toBeInTheDocument();
    act(() => store.getState().seek(5));
    expect(screen.getByRole('img', { name: 'Client state: ESTABLISHED' })).toBeInTheDocument();
  });

  it('does not say "both ISNs confirmed" where the two-way counterfactual calls a SYN alone ESTABLISHED (RFC 9293 §3.5)', () => {
    const store = createSimStore({ scenario: 'two-way-handshake', cursor: 3 });
    renderBadges(store);
    const server = screen.getByRole('img', { name: 'Server state: ESTABLISHED' }).closest('li') as HTMLElement;
    expect(server).toHaveTextContent(/just one ISN was confirmed/);
    expect(server).not.toHaveTextContent(/both ISNs/);
  });

  it('keeps the meaning of ESTABLISHED where real TCP reached it with three segments', () => {
    const store = createSimStore({ scenario: 'old-duplicate-syn', cursor: 8 });
    renderBadges(store);
    const server = screen.getByRole('img', { name: 'Server state: ESTABLISHED' }).closest('li') as HTMLElement;
    expect(server).toHaveTextContent(/both ISNs are known and confirmed/);
  });

  it('shows the listener still in LISTEN beside a server connection that has ended, and the second connection', () => {
    const trace = simulateScenario('reconnect', DEFAULT_OPTIONS);
    const closed = trace.steps.findIndex((s) => s.side === 'server' && s.to === 'CLOSED') + 1;
    const store = createSimStore({ scenario: 'reconnect', cursor: closed });
    renderBadges(store);
    const server = screen.getByRole('img', { name: 'Server state: CLOSED' }).closest('li') as HTMLElement;
    expect(server).toHaveTextContent('Listener: LISTEN');
    act(() => store.getState().seek(trace.steps.length));
    const again = screen.getByRole('img', { name: 'Server state: ESTABLISHED' }).closest('li') as HTMLElement;
    expect(again).toHaveTextContent('Listener: LISTEN');
    expect(again).toHaveTextContent('connection 2');
  });

  it('shows how full the accept queue is beside SYN-RECEIVED, and no chip once accept() has emptied it', () => {
    const trace = simulateScenario('accept-queue-full', { ...DEFAULT_OPTIONS, profile: 'linux' });
    const dropped = trace.steps.findIndex((s) => s.rule === 'accept-queue-full') + 1;
    const store = createSimStore({ scenario: 'accept-queue-full', options: { ...DEFAULT_OPTIONS, profile: 'linux' }, cursor: dropped });
    renderBadges(store);
    const server = screen.getByRole('img', { name: 'Server state: SYN-RECEIVED' }).closest('li') as HTMLElement;
    expect(server).toHaveTextContent('accept queue 3/3');
    act(() => store.getState().seek(trace.steps.length));
    const done = screen.getByRole('img', { name: 'Server state: ESTABLISHED' }).closest('li') as HTMLElement;
    expect(done).not.toHaveTextContent('accept queue');
  });

  it('the listener is the badge itself while it waits: no second LISTEN', () => {
    const store = createSimStore({ scenario: 'handshake', cursor: 1 });
    renderBadges(store);
    const server = screen.getByRole('img', { name: 'Server state: LISTEN' }).closest('li') as HTMLElement;
    expect(server).not.toHaveTextContent('Listener: LISTEN');
  });
});
