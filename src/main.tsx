import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { seedStoreFromPage } from './app/bootstrap';
import { ErrorBoundary } from './app/ErrorBoundary';
import { applyTheme, readStoredTheme } from './app/theme';
import { htmlLang } from './i18n/locale';
import { loadMessages } from './i18n/messages';
import { applySkipAnimationsFlag, PlayheadProvider } from './playback';
import { appStore, SimStoreProvider, startLinkSync } from './store';
import './ui/theme.css';

applySkipAnimationsFlag();
applyTheme(readStoredTheme());
seedStoreFromPage(appStore);
document.documentElement.lang = htmlLang(appStore.getState().locale);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

function render() {
  startLinkSync(appStore);
  createRoot(root as HTMLElement).render(
    <StrictMode>
      <SimStoreProvider store={appStore}>
        <ErrorBoundary>
          <PlayheadProvider>
            <App />
          </PlayheadProvider>
        </ErrorBoundary>
      </SimStoreProvider>
    </StrictMode>,
  );
}

// Wait for the first paint's language (Chinese is a separate chunk) so the page never flashes
// English at a Chinese reader; if the chunk fails to load, English is better than nothing.
loadMessages(appStore.getState().locale).then(render, render);
