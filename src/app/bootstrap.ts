import { detectLocale, readStoredLocale } from '../i18n/locale';
import { readLink, type SimStore } from '../store';

/**
 * Seeds the store from the link (paused, at the linked step), the saved language and the
 * browser. A link that makes the engine throw still opens the default view with a notice:
 * never a blank page.
 */
export function seedStoreFromPage(store: SimStore, win: Window = window): void {
  let reading;
  try {
    reading = readLink(win.location.hash);
  } catch (error) {
    console.error('Could not open the link', error);
    reading = { inputs: {}, locale: null, notice: { key: 'notice.linkDamaged' as const } };
  }
  const locale = detectLocale({
    fromLink: reading.locale,
    stored: readStoredLocale(),
    browser: win.navigator.languages?.[0] ?? win.navigator.language,
  });
  store.setState({ ...reading.inputs, locale, playing: false, notice: reading.notice });
}
