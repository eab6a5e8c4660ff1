import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../i18n';
import { createSimStore, SimStoreProvider } from '../../store';
import { SandboxPanel } from './SandboxPanel';

/**
 * "Continue from step k in the sandbox" is offered only where the sandbox can replay the run up
 * to step k, which takes simulating it. Issue 8: the step's own render must not wait for that;
 * it comes in the render after.
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

  it('the step renders first; whether it can continue is worked out in the render after, and then shown', async () => {
    // The half-open scenario can go on in the sandbox up to step 6 (its second connection comes later).
    const store = createSimStore({ scenario: 'half-open', cursor: 6 });
    const commits: number[] = [];
    render(
      <Profiler id="panel" onRender={() => commits.push(forks.tried)}>
        <SimStoreProvider store={store}>
          <SandboxPanel />
        </SimStoreProvider>
      </Profiler>,
    );
    expect(screen.getByRole('button', { name: 'Continue from step 6 in the sandbox' })).toBeInTheDocument();
    const tried = forks.tried;
    commits.length = 0;

    act(() => store.getState().stepForward());
    expect(commits[0]).toBe(tried);
    expect(commits.at(-1)).toBe(tried + 1);
    // Its words are in the part of the interface text that loads after the first paint.
    expect(await screen.findByText(/This scenario cannot go on in the sandbox from here/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Continue from step/ })).not.toBeInTheDocument();
  });
});
