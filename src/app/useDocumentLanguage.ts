import { useEffect, useRef } from 'react';
import { htmlLang, storeLocale } from '../i18n/locale';
import { getMessages, loadMessages } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useSimActions } from '../store';

/**
 * Sets <html lang> and the tab title, writing only what differs. Every write of `lang` (even of
 * the same value) makes the browser re-check the whole page's style for :lang() rules; measured
 * under Lighthouse's trace that is over 700 invalidation records and 13–28 ms per write, on a
 * page whose prerendered HTML already says "en" (issue 8: total blocking time).
 */
export function showDocumentLanguage(doc: Document, lang: string, title?: string): void {
  if (doc.documentElement.lang !== lang) doc.documentElement.lang = lang;
  if (title !== undefined && doc.title !== title) doc.title = title;
}

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
    showDocumentLanguage(document, htmlLang(locale), title);
    if (locale !== shown.current) {
      storeLocale(locale);
      shown.current = locale;
    }
    return undefined;
  }, [locale, title, t, setLocale, showNotice]);
}
