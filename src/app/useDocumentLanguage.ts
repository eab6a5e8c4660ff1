import { useEffect, useRef } from 'react';
import { htmlLang, storeLocale } from '../i18n/locale';
import { useT } from '../i18n/useT';

/**
 * <html lang> and the tab title follow the chosen language. Only a language picked here is
 * remembered: opening a colleague's zh link should not change what this browser shows next time.
 */
export function useDocumentLanguage(): void {
  const { t, locale } = useT();
  const initial = useRef(locale);
  const title = t('app.title');
  useEffect(() => {
    document.documentElement.lang = htmlLang(locale);
    document.title = title;
    if (locale !== initial.current) {
      storeLocale(locale);
      initial.current = locale;
    }
  }, [locale, title]);
}
