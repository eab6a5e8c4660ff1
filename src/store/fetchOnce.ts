/**
 * Fetches something (a chunk of code) once and remembers it: every call while it is on its way
 * shares the one fetch, and once it has arrived `arrived()` hands it over without waiting. A failed
 * fetch (the network went away) is forgotten, so the next call fetches again: that is what Try
 * again and the next action needing it rely on. `onFailure` hears each failure.
 */
export interface FetchedOnce<T> {
  readonly load: () => Promise<T>;
  /** It if it has arrived, else null. */
  readonly arrived: () => T | null;
}

export function fetchOnce<T>(fetch: () => Promise<T>, onFailure?: (load: () => Promise<T>) => void): FetchedOnce<T> {
  let arrived: T | null = null;
  let arriving: Promise<T> | null = null;
  const load = (): Promise<T> => {
    arriving ??= fetch().then(
      (value) => (arrived = value),
      (error: unknown) => {
        arriving = null;
        onFailure?.(load);
        throw error;
      },
    );
    return arriving;
  };
  return { load, arrived: () => arrived };
}
