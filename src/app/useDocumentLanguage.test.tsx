import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../i18n/messages';
import { createSimStore, SimStoreProvider } from '../store';
import { useDocumentLanguage } from './useDocumentLanguage';

function Harness() {
  useDocumentLanguage();
  return null;
}

describe('useDocumentLanguage', () => {
  it('leaves <html lang> and the title alone when they already say so (a write of lang re-checks the whole page’s style)', async () => {
    const messages = await loadMessages('en');
    document.documentElement.lang = 'en';
    document.title = messages['app.title'] ?? '';
    const writes = new MutationObserver(() => {});
    writes.observe(document.documentElement, { attributeFilter: ['lang'] });
    writes.observe(document.head, { subtree: true, childList: true, characterData: true });

    render(
      <SimStoreProvider store={createSimStore({ locale: 'en' })}>
        <Harness />
      </SimStoreProvider>,
    );

    expect(writes.takeRecords()).toEqual([]);
    expect(document.documentElement.lang).toBe('en');
    writes.disconnect();
  });
});
