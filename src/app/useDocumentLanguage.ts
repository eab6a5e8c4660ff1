import { useEffect, useRef } from 'react';
import { htmlLang, storeLocale } from '../i18n/locale';
import { getMessages, loadMessages } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useSimActions } from '../store';

/**
 * <html lang> and the tab title follow the chosen language. Only a language picked here is
 * remembered: opening a colleague's zh link should not change what this browser shows next time.
 *
 * A language whose text cannot be fetched (offline on a first visit) is not switched to: the page
 * stays in the language it is written in, <html lang> with it, and a notice says why.
 */
export function useDocumentLanguage(): void {
  const { t, locale } = useT();
  const { setLocale, showNotice } = useSimActions();
  const shown = useRef(locale);
  const title = t('app.title');
  useEffect(() => {
    if (getMessages(locale) === undefined) {
      let current = true;
      loadMessages(locale).catch(() => {
        if (!current) return;
        const language = t(`ui.language.${locale}`);
        setLocale(shown.current);
        showNotice({ key: 'notice.languageUnavailable', params: { language } });
      });
      return () => {
        current = false;
      };
    }
    document.documentElement.lang = htmlLang(locale);
    document.title = title;
    if (locale !== shown.current) {
      storeLocale(locale);
      shown.current = locale;
    }
    return undefined;
  }, [locale, title, t, setLocale, showNotice]);
}
