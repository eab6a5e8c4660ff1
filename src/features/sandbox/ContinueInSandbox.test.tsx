import { act, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../i18n';
import { createSimStore, SimStoreProvider } from '../../store';
import { nextFrame } from '../../ui/testing/render';
import { SandboxPanel } from './SandboxPanel';

/**
 * "Continue from step k in the sandbox" is offered only where the sandbox can replay the run up
 * to step k, which takes simulating it. Issue 8: the frame that shows the step must not wait for
 * that; it comes once that frame has been produced.
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

describe('Continue in the sandbox, on a step', () => {
  beforeAll(async () => {
    await loadMessages('en');
  });

  it('the step is drawn first; whether it can continue is worked out after the step’s frame, and then shown', async () => {
    // The half-open scenario can go on in the sandbox up to step 6 (its second connection comes later).
    const store = createSimStore({ scenario: 'half-open', cursor: 6 });
    render(
      <SimStoreProvider store={store}>
        <SandboxPanel />
      </SimStoreProvider>,
    );
    expect(screen.getByRole('button', { name: 'Continue from step 6 in the sandbox' })).toBeInTheDocument();
    const tried = forks.tried;

    act(() => store.getState().stepForward());
    expect(forks.tried).toBe(tried);
    await nextFrame();
    expect(forks.tried).toBe(tried + 1);
    // Its words are in the part of the interface text that loads after the first paint.
    expect(await screen.findByText(/This scenario cannot go on in the sandbox from here/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Continue from step/ })).not.toBeInTheDocument();
  });
});
