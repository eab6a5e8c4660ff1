import { startTransition, useCallback, useEffect, useReducer, useSyncExternalStore } from 'react';
import { format, type MessageParams } from './format';
import { LOCALES, type Locale } from './locale';
import { useLocale } from './localeContext';
import {
  type MessageKey,
  fallbackMessages,
  getMessages,
  isComplete,
  loadMessages,
  subscribeToCompletion,
  subscribeToMessages,
} from './messages';

export type TFunction = (key: MessageKey, params?: MessageParams) => string;
type Catalogue = Readonly<Record<string, string | undefined>>;

/**
 * Looks a key up in the given catalogue, then in the English one if it has arrived, then
 * falls back to the key itself so a missing string is visible on screen (the keys test keeps
 * that from shipping) — unless the rest of the catalogue is still on its way, when a moment of
 * nothing beats reading "rule.listen-syn.what" (or hearing it from a screen reader).
 */
export function translate(messages: Catalogue | undefined, key: string, params?: MessageParams, stillLoading = false): string {
  const template = messages?.[key] ?? (fallbackMessages() as Catalogue | undefined)?.[key];
  if (template !== undefined) return format(template, params);
  if (!stillLoading) reportMissingKey(key);
  return stillLoading ? '' : key;
}

/**
 * In tests a key missing from every catalogue fails the test that rendered it, so a text built
 * from a key nobody wrote ("timer.synQueue") is caught where it happens, not read aloud later.
 * In the app the key itself stays on screen, which is better than a crash.
 */
function reportMissingKey(key: string): void {
  if (import.meta.env?.MODE === 'test') throw new Error(`No message for key "${key}"`);
}

/**
 * `t(key, params)` in the language of the nearest LocaleProvider. Keys are the English table's
 * (MessageKey): a built key (`rule.${id}.what`) compiles only when every id it can take has its
 * message. If the language's catalogue is not loaded yet (just after switching), the one loaded
 * before shows for that moment.
 */
export function useT(): { t: TFunction; locale: Locale } {
  const locale = useLocale();
  // Just after a switch, the language shown until then stays until the new one has arrived.
  const read = () => getMessages(locale) ?? LOCALES.map(getMessages).find((loaded) => loaded !== undefined);
  // The same reading on the server: the prerender loads the catalogue before it renders, as the
  // browser does before it hydrates.
  const messages = useSyncExternalStore(subscribeToMessages, read, read);
  if (!getMessages(locale)) void loadMessages(locale).catch(() => undefined);
  const standInRef = useRedrawWhenComplete(locale);
  // Whether the text is still on its way is read at each call, not kept in t: t changes only when
  // what it says can change (another table, or a redraw of what showed a stand-in), so a memo'd
  // view given t is not drawn again just because the rest of the text came (issue 8: the TCB
  // table's twenty cells rendered in the first step's frame for that alone).
  const t = useCallback<TFunction>(
    (key, params) => {
      const stillLoading = !isComplete(locale);
      // Not in this language's table yet: blank, or English meanwhile (translate).
      if (stillLoading && messages?.[key] === undefined) standInRef.current = true;
      return translate(messages, key, params, stillLoading);
    },
    [messages, locale, standInRef],
  );
  return { t, locale };
}

/**
 * The last part of the text is merged into the table in place (messages.ts), so it re-renders
 * nothing by itself: a component that showed a stand-in for a key while it was on its way (blank,
 * or English for another language; set in the returned ref) is drawn again once it has come, in a
 * transition, a render React can interrupt (issue 8: total blocking time). The rest already has
 * every text it shows.
 */
function useRedrawWhenComplete(locale: Locale): { current: boolean } {
  // A new record at each redraw: t is made anew with it, so memo'd views given t are drawn again too.
  const [standInRef, redraw] = useReducer(notYetShown, undefined, notYetShown);
  useEffect(() => {
    const redrawIfStandIn = () => {
      if (!standInRef.current || !isComplete(locale)) return;
      standInRef.current = false;
      startTransition(redraw);
    };
    // It may have come between this render and now.
    redrawIfStandIn();
    return subscribeToCompletion(redrawIfStandIn);
  }, [locale, standInRef]);
  return standInRef;
}

const notYetShown = (): { current: boolean } => ({ current: false });
