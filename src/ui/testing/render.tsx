/**
 * Test-only helpers the features' component tests share (no feature may import another's).
 */
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { isComplete, loadMessages, subscribeToCompletion } from '../../i18n/messages';
import type { Locale } from '../../i18n/locale';
import { createSimStore, SimStoreProvider, type SimStore } from '../../store';

/** Both parts of a language (the first-paint text and the dialogs' text), however long they take. */
export async function loadAllMessages(locale: Locale): Promise<void> {
  await act(() => loadMessages(locale));
  await act(
    () =>
      new Promise<void>((resolve) => {
        if (isComplete(locale)) return resolve();
        const stop = subscribeToCompletion(() => {
          if (!isComplete(locale)) return;
          stop();
          resolve();
        });
      }),
  );
}

/** Renders `ui` connected to `store` (a fresh one by default) and returns the store. */
export function renderInStore(ui: ReactNode, store: SimStore = createSimStore()): SimStore {
  render(<SimStoreProvider store={store}>{ui}</SimStoreProvider>);
  return store;
}

/**
 * Lets the next animation frame run and then the tasks it posted, inside act: the views that
 * follow a step a frame behind the diagram (useDeferredStep) are given the step in a task after
 * that frame, and React has drawn them when this resolves.
 */
export async function nextFrame(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
