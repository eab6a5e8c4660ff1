import {
  createContext,
  createElement,
  startTransition,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Trace } from '../engine';
import { LocaleProvider } from '../i18n/localeContext';
import { ACTION_NAMES, createSimStore, type SimActions, type SimState, type SimStore } from './simStore';
import { selectTrace } from './traceSelectors';

/** The app's store. main.tsx seeds it from the link before the first render. */
export const appStore: SimStore = createSimStore();

const SimStoreContext = createContext<SimStore>(appStore);

/**
 * Lets tests (and a future second view) render against their own store. It also provides the
 * store's language to i18n (`useT` reads a LocaleProvider, not the store), so every tree that has
 * a store has the language too and the two never disagree.
 */
export function SimStoreProvider({ store, children }: { store: SimStore; children: ReactNode }) {
  const locale = useSyncExternalStore(
    store.subscribe,
    () => store.getState().locale,
    () => store.getState().locale,
  );
  return createElement(
    SimStoreContext.Provider,
    { value: store },
    createElement(LocaleProvider, { locale }, createElement(DeferredStepProvider, null, children)),
  );
}

/** The step as the views that follow it a frame behind the diagram see it: trace and cursor, deferred together. */
export interface DeferredStep {
  readonly trace: Trace;
  readonly cursor: number;
}

const DeferredStepContext = createContext<DeferredStep | null>(null);

/**
 * One subscription to the step for every view that follows it a frame behind the diagram (the
 * explanation, the caption, the announcer, the header inspector, Continue in the sandbox), with
 * trace and cursor taken together. Issue 8: each of those views subscribed itself, so the step's
 * own render ran every one of them with its old inputs.
 *
 * The step reaches them only after the frame that shows it in the diagram has been produced
 * (afterNextFrame), in a transition so a next key press interrupts it. useDeferredValue started
 * their render in the task after the key's, which the browser often ran before that frame: the
 * diagram then waited for the explanation, the inspector and the TCB. This provider subscribes
 * outside React, so the step's own render does not run it either.
 */
function DeferredStepProvider({ children }: { children: ReactNode }) {
  const store = useSimStore();
  const [step, setStep] = useState(() => stepOf(store.getState()));
  useEffect(() => {
    let pending: (() => void) | null = null;
    const show = () => {
      pending = null;
      const state = store.getState();
      // The same step again (a step undone meanwhile) renders nothing.
      startTransition(() => setStep((shown) => (sameStepAs(shown, state) ? shown : stepOf(state))));
    };
    // One update per frame however many steps were taken meanwhile: it reads the latest.
    const follow = () => void (pending ??= afterNextFrame(show));
    // A step taken between this provider's render and this effect.
    if (!sameStepAs(step, store.getState())) follow();
    const unsubscribe = store.subscribe((state) => {
      if (!sameStepAs(step, state)) follow();
    });
    return () => {
      unsubscribe();
      pending?.();
    };
  }, [store, step]);
  return createElement(DeferredStepContext.Provider, { value: step }, children);
}

function stepOf(state: SimState): DeferredStep {
  return { trace: selectTrace(state), cursor: state.cursor };
}

function sameStepAs(step: DeferredStep, state: SimState): boolean {
  return step.cursor === state.cursor && step.trace === selectTrace(state);
}

/**
 * Calls `callback` in a task after the next frame, and returns what cancels it. A
 * requestAnimationFrame callback runs inside the frame's own task, before its style, layout and
 * paint; a task posted from there runs once the frame has been produced. A hidden page produces
 * no frames: there it runs in the next task.
 */
export function afterNextFrame(callback: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) callback();
  };
  const post = () => void setTimeout(run, 0);
  const hidden = typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden';
  if (hidden) post();
  else requestAnimationFrame(post);
  return () => {
    cancelled = true;
  };
}

/**
 * `value` as it was at the last frame produced: a new value is taken in a transition after the
 * next frame (afterNextFrame), so a view that shows it never delays the frame of the step that
 * changed it (issue 8), which useDeferredValue's render often did. Pass a value that keeps its
 * identity while it means the same (a number, or a memoised object).
 */
export function useValueAfterFrame<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextFrame(() => startTransition(() => setShown(() => value)));
  }, [shown, value]);
  return shown;
}

/** The step on screen, a frame behind the diagram (see DeferredStepProvider). Needs a SimStoreProvider. */
export function useDeferredStep(): DeferredStep {
  const step = useContext(DeferredStepContext);
  if (!step) throw new Error('useDeferredStep: render this inside a SimStoreProvider');
  return step;
}

export function useSimStore(): SimStore {
  return useContext(SimStoreContext);
}

/**
 * Subscribe to one value. Pass a narrow selector returning a primitive or a memoised object;
 * a selector that builds a fresh object each call re-renders forever in zustand 5 (wrap it in
 * useShallow from 'zustand/react/shallow' instead).
 */
export function useSim<T>(selector: (state: SimState) => T): T {
  return useStoreValue(useSimStore(), selector);
}

/**
 * A value of the store as it is, while React adopts the prerendered page too. zustand's useStore
 * reads the store's initial state then (English, before main.tsx seeds the reader's language): a
 * Chinese page was adopted as English, text that did not match, and the English text fetched for
 * it. main.tsx adopts the page only when the seeded state is the one prerendered.
 */
function useStoreValue<T>(store: SimStore, selector: (state: SimState) => T): T {
  const read = (): T => selector(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}

/** The trace for the current scenario (or sandbox session) and options; the same object until one changes. */
export function useTrace(): Trace {
  return useSim(selectTrace);
}

/** An action missing from ACTION_NAMES (simStore.ts) would be undefined in components: a compile error instead. */
type MissingAction = Exclude<keyof SimActions, (typeof ACTION_NAMES)[number]>;
export const ALL_ACTIONS_LISTED: [MissingAction] extends [never] ? true : MissingAction = true;

const actionsByStore = new WeakMap<SimStore, SimActions>();

/** The store's actions. They never change, so this never causes a re-render. */
export function useSimActions(): SimActions {
  const store = useSimStore();
  let actions = actionsByStore.get(store);
  if (!actions) {
    const state = store.getState();
    actions = Object.fromEntries(ACTION_NAMES.map((name) => [name, state[name]])) as unknown as SimActions;
    actionsByStore.set(store, actions);
  }
  return actions;
}
