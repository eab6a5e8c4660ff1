import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { Locale } from './locale';

/**
 * The language on screen, for `useT`. i18n does not know where the choice is kept (the store
 * holds it, with the rest of the link's inputs): whoever owns it renders a LocaleProvider, so
 * i18n never imports the store and the store can import i18n without a cycle.
 */
const LocaleContext = createContext<Locale | undefined>(undefined);

export function LocaleProvider({ locale, children }: { locale: Locale; children?: ReactNode }) {
  return createElement(LocaleContext.Provider, { value: locale }, children);
}

/** The language of the nearest LocaleProvider; rendering text outside one is a wiring mistake. */
export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (locale === undefined) throw new Error('useT/useLocale needs a LocaleProvider above it (SimStoreProvider renders one)');
  return locale;
}
