import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../i18n/messages';
import { createSimStore, SimStoreProvider } from '../store';
import { LanguageSwitch } from './LanguageSwitch';
import { useDocumentLanguage } from './useDocumentLanguage';

function Harness() {
  useDocumentLanguage();
  return <LanguageSwitch />;
}

describe('<LanguageSwitch>', () => {
  it('switches to Chinese: the labels change and <html lang> becomes zh-CN', async () => {
    await loadMessages('en');
    const store = createSimStore({ locale: 'en' });
    render(
      <SimStoreProvider store={store}>
        <Harness />
      </SimStoreProvider>,
    );
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: /中文/ }));
    expect(store.getState().locale).toBe('zh');
    await act(() => loadMessages('zh'));
    expect(await screen.findByRole('group', { name: '语言' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('tcp-lab:locale')).toBe('zh');
  });
});
