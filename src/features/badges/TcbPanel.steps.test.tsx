import { act, render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../../i18n';
import { PlayheadProvider } from '../../playback';
import { createSimStore, SimStoreProvider } from '../../store';
import { nextFrame } from '../../ui/testing/render';
import { TcbPanel } from './TcbPanel';

/**
 * Issue 8: the TCB table follows the diagram a frame behind. Its cells must not be drawn before
 * the frame that shows the step has been produced: with useDeferredValue they often were, in the
 * task right after the key's.
 */
describe('<TcbPanel> on a step', () => {
  beforeAll(async () => {
    await loadMessages('en');
  });

  it('shows the new TCB values after the step’s frame, not before', async () => {
    const store = createSimStore({ scenario: 'handshake', cursor: 0 });
    render(
      <SimStoreProvider store={store}>
        <PlayheadProvider>
          <TcbPanel />
        </PlayheadProvider>
      </SimStoreProvider>,
    );
    const table = () => document.querySelector('.tcb-panel table')?.textContent;
    const before = table();
    expect(before).toBeTruthy();

    // A jump: the playhead lands at once, so the settled step changes in the same task.
    act(() => store.getState().seek(3));
    expect(table()).toBe(before);

    await nextFrame();
    expect(table()).not.toBe(before);
  });
});
