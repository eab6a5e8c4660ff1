import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it } from 'vitest';
import { useLocale } from '../i18n/localeContext';
import { SimStoreProvider, useSim } from './hooks';
import { createSimStore, type SimStore } from './simStore';

/** What a page shows of the store: its language (through the provider) and its scenario (useSim). */
function Shown() {
  return (
    <p>
      {useLocale()} {useSim((state) => state.scenario)}
    </p>
  );
}

const page = (store: SimStore) => (
  <SimStoreProvider store={store}>
    <Shown />
  </SimStoreProvider>
);

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
});

// main.tsx creates the store with the defaults, then seeds it with the reader's language and
// link, then adopts the page prerendered in that state. Adopting must read the seeded state, not
// the store's initial one, or a Chinese page is adopted as English (a mismatch React recovers
// from by drawing the page again, after fetching the English text for it).
it('a page prerendered in the seeded state is adopted with that state, not the store’s initial one', async () => {
  const seeded = { locale: 'zh', scenario: 'close' } as const;
  const container = document.createElement('div');
  container.innerHTML = renderToString(page(createSimStore(seeded)));
  document.body.append(container);
  const store = createSimStore();
  store.setState(seeded);
  const recovered: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container, page(store), { onRecoverableError: (error) => recovered.push(error) });
  });
  expect(recovered).toEqual([]);
  expect(container.textContent).toBe('zh close');
});
