import type { Locale } from './locale';

export type MessageKey = keyof typeof import('./en').en;
type PartialMessages = Readonly<Partial<Record<MessageKey, string>>>;

/**
 * Catalogues by language, in three parts, each its own chunk: none is in the app's bundle.
 * - The first part (interface strings, scenario titles, state names) is all the header and the
 *   controls show: the prerendered page (English or Chinese) hydrates once it has arrived.
 * - The view part is the diagram's and the panels' own text (en/view.ts), fetched beside the
 *   first. The panels wait for it (src/app/featurePanels.tsx) and a page drawn afresh with them.
 * - The second part (why each rule fires, header fields, lessons: the bulk of the text) follows
 *   without holding up the first paint.
 * Each is its own chunk, so a reader downloads only the language on screen (issue 8: first-paint JS).
 */
const loaded: Partial<Record<Locale, PartialMessages>> = {};
const complete = new Set<Locale>();
/** A language's first part and its first part with the view part, once asked for. */
const requests = new Map<Locale, { readonly first: Promise<PartialMessages>; readonly withView: Promise<PartialMessages> }>();
/** Settles once a language's view part has arrived (or failed to). */
const viewPending = new Map<Locale, Promise<void>>();
/** Settles once a language's second part has arrived (or failed to). */
const detailsPending = new Map<Locale, Promise<void>>();
const listeners = new Set<() => void>();
/** Told when a language's last part has arrived (useT: what showed a key blank meanwhile). */
const completionListeners = new Set<() => void>();

type Part = 'core' | 'view' | 'details';
const importers: Record<Locale, Record<Part, () => Promise<PartialMessages>>> = {
  en: {
    core: () => import('./en/core').then(({ enCore }) => enCore),
    view: () => import('./en/view').then(({ enView }) => enView),
    details: () => import('./en/details').then(({ enDetails }) => enDetails),
  },
  zh: {
    core: () => import('./zh').then(({ zhCore }) => zhCore),
    // A chunk of its own like the English: the prerendered Chinese page hydrates without it.
    view: () => import('./zh/view').then(({ zhView }) => zhView),
    details: () => import('./zh/details').then(({ zhDetails }) => zhDetails),
  },
};

function notify(): void {
  for (const listener of listeners) listener();
}

/** What has arrived of a language so far (first part, then more); undefined before that. */
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

/** Every part of a language has arrived: a key still missing is a real gap. */
export function isComplete(locale: Locale): boolean {
  return complete.has(locale);
}

function fetchDetails(locale: Locale): void {
  const details = importers[locale].details().then(
    (details) => {
      const shown = loaded[locale];
      // Merged in place, as the view part is, not a new table every text on the page re-renders
      // for at once (issue 8: that was one long task while the page loaded). What was drawn with
      // the parts before found every key it asked for and reads the same text now; what showed a
      // key blank meanwhile (a dialog, the print handout) is drawn again (useT).
      if (shown) Object.assign(shown, details);
      else loaded[locale] = { ...details };
      complete.add(locale);
      if (!shown) notify();
      for (const listener of completionListeners) listener();
    },
    // Without it the panels show English text (the fallback) rather than nothing; and what was
    // drawn before the view part came in place (below) is drawn again all the same.
    notify,
  );
  detailsPending.set(locale, details);
}

/** Fetches a language's first and view parts side by side (once), then its second part. */
function request(locale: Locale): { readonly first: Promise<PartialMessages>; readonly withView: Promise<PartialMessages> } {
  const asked = requests.get(locale);
  if (asked) return asked;
  const first = importers[locale].core();
  const withView = Promise.all([first, importers[locale].view()]).then(([core, view]) => {
    const shown = loaded[locale];
    if (shown) {
      // The first part is on screen already (loadFirstScreenMessages). Merged in place, without a
      // re-render of every text on the page of its own (issue 8: blocking time): the header and
      // the controls read no key of it (renderFirstScreen.node.test.ts) and the panels wait for
      // it. Anything else drawn meanwhile (a dialog, the print handout) showed its keys as empty
      // and is drawn again when the second part arrives, fetched right after this one.
      Object.assign(shown, view);
    } else {
      loaded[locale] = { ...core, ...view };
      notify();
    }
    fetchDetails(locale);
    return loaded[locale] ?? {};
  });
  const entry = { first, withView };
  requests.set(locale, entry);
  viewPending.set(
    locale,
    withView.then(
      () => undefined,
      () => {
        // Let a later call retry (e.g. the network came back).
        if (requests.get(locale) === entry) requests.delete(locale);
      },
    ),
  );
  return entry;
}

/**
 * Resolves with a language's text for the whole page (its first part and the panels' view part);
 * the second part is fetched right after. Rejects when either could not be fetched.
 */
export function loadMessages(locale: Locale): Promise<PartialMessages> {
  return request(locale).withView;
}

/**
 * Resolves with a language's first part alone, and shows it: enough for the prerendered page's
 * header and controls (main.tsx hydrates with it), while the panels keep their HTML until their
 * code and the view part have arrived. The view part and the second part follow.
 */
export function loadFirstScreenMessages(locale: Locale): Promise<PartialMessages> {
  return request(locale).first.then((core) => {
    if (!loaded[locale]) {
      // A copy: the view part is merged into it in place later, never into the module's table.
      loaded[locale] = { ...core };
      notify();
    }
    return loaded[locale] ?? core;
  });
}

/**
 * Settles once the view part of every language asked for so far has arrived or failed: the
 * panels wait for it, so they never draw a string of theirs as empty.
 */
export function viewMessagesLoaded(): Promise<void> {
  return Promise.all(viewPending.values()).then(() => undefined);
}

/**
 * Resolves once every part of a language is in (or the second part failed). For the build's
 * prerender and for tests, which render with all the text; the app itself waits for the first
 * part (and the view part when it draws the page afresh: main.tsx).
 */
export async function loadCompleteMessages(locale: Locale): Promise<void> {
  await loadMessages(locale);
  await detailsPending.get(locale);
}

/** For useSyncExternalStore: components re-render when a language's text first arrives. */
export function subscribeToMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls `listener` each time a language's text is complete (its last part merged in). */
export function subscribeToCompletion(listener: () => void): () => void {
  completionListeners.add(listener);
  return () => completionListeners.delete(listener);
}
