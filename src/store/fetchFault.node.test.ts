/**
 * The page's one fetch fault (fetchFault.ts): however many parts a lost chunk takes with it, it is
 * one fault, and one Try again fetches again every part still missing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type FetchFaultModule = typeof import('./fetchFault');
let faults: FetchFaultModule;

beforeEach(async () => {
  vi.resetModules();
  faults = await import('./fetchFault');
});

/** A part the network holds: `refetch` fails while offline, and counts its calls. */
function part(network: { online: boolean }) {
  const calls = { count: 0 };
  const refetch = () => {
    calls.count += 1;
    return network.online ? Promise.resolve() : Promise.reject(new Error('offline'));
  };
  return { refetch, calls };
}

/** The engine and the panels, both lost with the network, as a page that went offline sees them. */
function bothMissing() {
  const network = { online: false };
  const engine = part(network);
  const panels = part(network);
  faults.reportFetchFailure(engine.refetch);
  faults.reportFetchFailure(panels.refetch);
  return { network, engine, panels };
}

describe('the page’s fetch fault', () => {
  it('is none until a part reports that it could not be fetched', () => {
    expect(faults.fetchFault()).toBe('none');
    faults.reportFetchFailure(() => Promise.resolve());
    expect(faults.fetchFault()).toBe('missing');
  });

  it('tells its listener once per change: a part that reports again is the same fault', () => {
    const heard = vi.fn();
    faults.subscribeFetchFault(heard);
    const refetch = () => Promise.resolve();
    faults.reportFetchFailure(refetch);
    faults.reportFetchFailure(refetch);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('Try again while still offline fetches each missing part once and says it is still missing', async () => {
    const { engine, panels } = bothMissing();
    await faults.retryFailedFetches();
    expect(faults.fetchFault()).toBe('still-missing');
    expect([engine.calls.count, panels.calls.count]).toEqual([1, 1]);
  });

  it('Try again once online fetches every missing part, and the fault is gone', async () => {
    const { network, engine, panels } = bothMissing();
    await faults.retryFailedFetches();
    network.online = true;
    await faults.retryFailedFetches();
    expect(faults.fetchFault()).toBe('none');
    expect([engine.calls.count, panels.calls.count]).toEqual([2, 2]);
    // Nothing is missing: another Try again fetches nothing.
    await faults.retryFailedFetches();
    expect(engine.calls.count).toBe(2);
  });

  it('keeps only the parts that failed again; the next Try again fetches just those', async () => {
    const online = { online: true };
    const offline = { online: false };
    const arrives = part(online);
    const stillLost = part(offline);
    faults.reportFetchFailure(arrives.refetch);
    faults.reportFetchFailure(stillLost.refetch);
    await faults.retryFailedFetches();
    expect(faults.fetchFault()).toBe('still-missing');
    offline.online = true;
    await faults.retryFailedFetches();
    expect(faults.fetchFault()).toBe('none');
    expect([arrives.calls.count, stillLost.calls.count]).toEqual([1, 2]);
  });

  it('a second press while the first is under way waits for it instead of fetching twice', async () => {
    let arrive = () => {};
    const refetch = vi.fn(() => new Promise<void>((resolve) => (arrive = resolve)));
    faults.reportFetchFailure(refetch);
    const first = faults.retryFailedFetches();
    const second = faults.retryFailedFetches();
    arrive();
    await Promise.all([first, second]);
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(faults.fetchFault()).toBe('none');
  });
});
