/**
 * The code the page fetches after its first screen (the engine, the panels' code and text) is one
 * thing to the learner: when some of it cannot be fetched (the network went away), that is one
 * fault, said once (features/notice), with one Try again that fetches again every part that
 * failed. Without this, one lost chunk said so in every panel that imports it, and again in the
 * notice. Each part hands in how to fetch it again; the cursor, the speed and the rest of the
 * store stay as they are meanwhile, so the learner's place is kept.
 */

/** Fetches a part again; settles once it has arrived (or rejects: it is still missing). */
export type Refetch = () => Promise<unknown>;

/** None missing; some missing; some still missing after a Try again (said differently, so a retry that fails is seen). */
export type FetchFault = 'none' | 'missing' | 'still-missing';

const missing = new Set<Refetch>();
const listeners = new Set<() => void>();
let retried = false;
let retrying: Promise<void> | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

/** A part could not be fetched; `refetch` (the same function each time, for the same part) fetches it again. */
export function reportFetchFailure(refetch: Refetch): void {
  if (missing.has(refetch)) return;
  missing.add(refetch);
  notify();
}

export function fetchFault(): FetchFault {
  if (missing.size === 0) return 'none';
  return retried ? 'still-missing' : 'missing';
}

export function subscribeFetchFault(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Fetches every missing part again, all at once. A part that arrives leaves the fault; one that
 * does not stays, and the fault is then said as "still missing". A second press while the first
 * is under way waits for it rather than fetching twice.
 */
export function retryFailedFetches(): Promise<void> {
  retrying ??= refetchMissing().finally(() => {
    retrying = null;
  });
  return retrying;
}

async function refetchMissing(): Promise<void> {
  const parts = [...missing];
  const results = await Promise.allSettled(parts.map((refetch) => refetch()));
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') missing.delete(parts[i] as Refetch);
  });
  retried = missing.size > 0;
  notify();
}
