import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * A value only the browser knows (storage, screen height, the page's font), read so that
 * hydration is safe: while React adopts the prerendered HTML it uses `prerendered`, the value the
 * build rendered with, then re-renders with `read()` before the browser paints. `read` must
 * return the same value (a primitive or a cached object) on every call.
 */
export function useClientValue<T>(read: () => T, prerendered: T): T {
  return useSyncExternalStore(noSubscription, read, () => prerendered);
}

/**
 * True while React adopts the prerendered HTML (and in the build's prerender), false in a render
 * in the browser: what was drawn is the build's guess (its 720 px diagram) until the first render
 * there. After hydration it re-renders the component with false.
 */
export function useHydrating(): boolean {
  return useClientValue(() => false, true);
}
