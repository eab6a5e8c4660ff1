export { format, type MessageParams } from './format';
export {
  type Locale,
  LOCALES,
  DEFAULT_LOCALE,
  LOCALE_STORAGE_KEY,
  isLocale,
  htmlLang,
  otherLocale,
  detectLocale,
  readStoredLocale,
  storeLocale,
} from './locale';
export { type MessageKey, getMessages, loadMessages } from './messages';
export { useT, translate, type TFunction } from './useT';
export { LocaleProvider, useLocale } from './localeContext';
