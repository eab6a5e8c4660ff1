import { StrictMode } from 'react';
import { PlayheadProvider } from '../playback';
import { SimStoreProvider, type SimStore } from '../store';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';

/**
 * The whole page as one element. The browser (main.tsx) and the build's prerender
 * (renderFirstScreen.tsx) render this same tree, so the prerendered HTML is what hydration expects.
 */
export function AppRoot({ store }: { readonly store: SimStore }) {
  return (
    <StrictMode>
      <SimStoreProvider store={store}>
        <ErrorBoundary>
          <PlayheadProvider>
            <App />
          </PlayheadProvider>
        </ErrorBoundary>
      </SimStoreProvider>
    </StrictMode>
  );
}
