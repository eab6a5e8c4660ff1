import { act, render, screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../i18n';
import { createSimStore, SimStoreProvider, type SimStore } from '../../store';
import { SandboxPanel } from './SandboxPanel';

/**
 * "Continue from step k in the sandbox" is offered only where the sandbox can replay the run up
 * to step k, which takes simulating it. Issue 8: a step must not wait for that; the answer comes
 * once the step has been painted.
 */
const forks = vi.hoisted(() => ({ tried: 0 }));

vi.mock('../../sandbox', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../sandbox')>();
  return {
    ...actual,
    sessionFromScenario: (...args: Parameters<typeof actual.sessionFromScenario>) => {
      forks.tried++;
      return actual.sessionFromScenario(...args);
    },
  };
});

function renderPanel(store: SimStore) {
  render(
    <SimStoreProvider store={store}>
      <SandboxPanel />
    </SimStoreProvider>,
  );
}

const continueButton = (k: number) => screen.queryByRole('button', { name: `Continue from step ${k} in the sandbox` });
const unavailable = () => screen.queryByText(/This scenario cannot go on in the sandbox from here/);
/** One painted frame, then the task after it. */
const afterPaint = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

describe('Continue in the sandbox, on a step', () => {
  beforeAll(async () => {
    await loadMessages('en');
  });
  beforeEach(() => {
    forks.tried = 0;
  });

  it('shows the new step at once and works out whether it can continue after it is painted', async () => {
    // The half-open scenario can go on in the sandbox up to step 6 (its second connection
    // comes later).
    const store = createSimStore({ scenario: 'half-open', cursor: 5 });
    renderPanel(store);
    expect(continueButton(5)).toBeInTheDocument();
    const tried = forks.tried;

    act(() => store.getState().stepForward());
    expect(continueButton(6)).toBeInTheDocument();
    expect(forks.tried).toBe(tried);

    await afterPaint();
    expect(forks.tried).toBe(tried + 1);
    expect(continueButton(6)).toBeInTheDocument();
  });

  it('says it cannot continue once that is known, and remembers each answer', async () => {
    const store = createSimStore({ scenario: 'half-open', cursor: 6 });
    renderPanel(store);
    act(() => store.getState().stepForward());
    await afterPaint();
    expect(unavailable()).toBeInTheDocument();
    expect(continueButton(7)).not.toBeInTheDocument();

    const tried = forks.tried;
    act(() => store.getState().stepBack());
    expect(continueButton(6)).toBeInTheDocument();
    act(() => store.getState().stepForward());
    expect(unavailable()).toBeInTheDocument();
    await afterPaint();
    expect(forks.tried).toBe(tried);
  });

  it('does not work it out while the run plays', async () => {
    const store = createSimStore({ scenario: 'close', cursor: 2 });
    renderPanel(store);
    const tried = forks.tried;
    act(() => store.setState({ playing: true, cursor: 3 }));
    await afterPaint();
    expect(forks.tried).toBe(tried);
    act(() => store.setState({ playing: false }));
    await afterPaint();
    expect(forks.tried).toBe(tried + 1);
    expect(continueButton(3)).toBeInTheDocument();
  });
});
