import { enBase } from './en/base';
import type { Locale } from './locale';

export type MessageKey = keyof typeof import('./en').en;
export type Messages = Readonly<Record<MessageKey, string>>;
type PartialMessages = Readonly<Partial<Record<MessageKey, string>>>;

/**
 * Catalogues by language. Only the English interface strings are in the main bundle; English
 * teaching text and all of Chinese are separate chunks, so first paint downloads only the
 * language on screen. main.tsx waits for the active one before the first render.
 */
const loaded: Partial<Record<Locale, Messages>> = {};
const pending = new Map<Locale, Promise<Messages>>();
const listeners = new Set<() => void>();

/** Always available: the fallback while a catalogue is loading or if a chunk fails. */
export const fallbackMessages: PartialMessages = enBase;

const importers: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./en/teaching').then(({ enTeaching }) => ({ ...enBase, ...enTeaching })),
  zh: () => import('./zh').then(({ zh }) => zh),
};

export function getMessages(locale: Locale): Messages | undefined {
  return loaded[locale];
}

export function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(locale);
  if (!promise) {
    promise = importers[locale]().then(
      (messages) => {
        loaded[locale] = messages;
        pending.delete(locale);
        for (const listener of listeners) listener();
        return messages;
      },
      (error: unknown) => {
        // Let a later call retry (e.g. the network came back).
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

/** For useSyncExternalStore: components re-render when a catalogue finishes loading. */
export function subscribeToMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
