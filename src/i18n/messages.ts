import type { Locale } from './locale';

export type MessageKey = keyof typeof import('./en').en;
type PartialMessages = Readonly<Partial<Record<MessageKey, string>>>;

/**
 * Catalogues by language, in two parts, each its own chunk: none is in the app's bundle. The first part of a language (interface strings, scenario titles, state names) is
 * what main.tsx waits for before the first render; the second (why each rule fires, header
 * fields, lessons: the bulk of the text) follows at once without holding up the first paint.
 * Each part is its own chunk, so a reader downloads only the language on screen.
 */
const loaded: Partial<Record<Locale, PartialMessages>> = {};
const complete = new Set<Locale>();
const pending = new Map<Locale, Promise<PartialMessages>>();
/** Settles once a language's second part has arrived (or failed to). */
const detailsPending = new Map<Locale, Promise<void>>();
const listeners = new Set<() => void>();

const importers: Record<Locale, { core: () => Promise<PartialMessages>; details: () => Promise<PartialMessages> }> = {
  en: {
    core: () => import('./en/core').then(({ enCore }) => enCore),
    details: () => import('./en/details').then(({ enDetails }) => enDetails),
  },
  zh: {
    core: () => import('./zh').then(({ zhCore }) => zhCore),
    details: () => import('./zh/details').then(({ zhDetails }) => zhDetails),
  },
};

function notify(): void {
  for (const listener of listeners) listener();
}

/** What has arrived of a language so far (first part, then both); undefined before that. */
export function getMessages(locale: Locale): PartialMessages | undefined {
  return loaded[locale];
}

/**
 * The text to show a key in when the language on screen lacks it (its chunk could not be
 * fetched): English, if it has arrived. Not bundled with the app, so a Chinese reader's first
 * paint does not carry the English table (main.tsx fetches English only when Chinese fails).
 */
export function fallbackMessages(): PartialMessages | undefined {
  return loaded.en;
}

/** Both parts of a language have arrived: a key still missing is a real gap. */
export function isComplete(locale: Locale): boolean {
  return complete.has(locale);
}

/** Resolves with a language's first part; the second part is fetched right after. */
export function loadMessages(locale: Locale): Promise<PartialMessages> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(locale);
  if (!promise) {
    promise = importers[locale].core().then(
      (messages) => {
        loaded[locale] = messages;
        pending.delete(locale);
        notify();
        const details = importers[locale].details().then(
          (details) => {
            loaded[locale] = { ...loaded[locale], ...details };
            complete.add(locale);
            notify();
          },
          // Without it the panels show English text (the fallback) rather than nothing.
          () => undefined,
        );
        detailsPending.set(locale, details);
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

/**
 * Resolves once both parts of a language are in (or the second part failed). For the build's
 * prerender and for tests, which render with all the text; the app itself waits for the first
 * part only (main.tsx).
 */
export async function loadCompleteMessages(locale: Locale): Promise<void> {
  await loadMessages(locale);
  await detailsPending.get(locale);
}

/** For useSyncExternalStore: components re-render when a catalogue finishes loading. */
export function subscribeToMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
