import { Component, createContext, lazy, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { reportFetchFailure } from '../store/fetchFault';
import { fetchOnce } from '../store/fetchOnce';
import './lazyPart.css';

type Module<P> = { default: ComponentType<P> };
type Loader<P> = () => Promise<Module<P>>;

/** A part that can be fetched before it is drawn; `preload` settles when its code is in. */
export type LazyPart<P extends object> = ComponentType<P & { readonly fallback?: ReactNode }> & {
  readonly preload: () => Promise<void>;
};

/**
 * The loader React.lazy calls: once the code has arrived, a thenable that answers at once, so a
 * part drawn after its code came (preloaded) renders in the same pass instead of suspending for
 * a tick: a page drawn afresh never shows it empty, and one being hydrated adopts its HTML.
 */
function rememberingLoader<P>(load: Loader<P>): { lazyLoad: Loader<P>; preload: () => Promise<void> } {
  // A failure is forgotten, so Try again fetches again; the part's boundary says it failed.
  const { load: fetchCode, arrived } = fetchOnce(load);
  // React.lazy takes any thenable (a Promise's `then` would answer a tick later); its types ask
  // for a Promise. This one is only ever handed to React.lazy, never awaited.
  const settled = (module: Module<P>): Promise<Module<P>> => {
    const answersAtOnce = {
      // oxlint-disable-next-line unicorn/no-thenable
      then: (onArrived: (arrived: Module<P>) => unknown) => onArrived(module),
    };
    return answersAtOnce as unknown as Promise<Module<P>>;
  };
  return {
    lazyLoad: () => {
      const code = arrived();
      return code ? settled(code) : fetchCode();
    },
    preload: () => fetchCode().then(() => undefined),
  };
}

/**
 * Where a part says that its code could not be fetched.
 * - 'in-place' (a dialog, the sandbox's workbench): where it would have been, with its own Try
 *   again: the learner opened it and looks there.
 * - 'with-the-page' (the diagram, the panels, the handout: parts of the page itself, which import
 *   the same chunks, so one lost chunk fails them all at once): inside `FetchFaultSaidOnce`, the
 *   part draws nothing and joins the page's one fetch fault (store/fetchFault.ts), which the page
 *   says once with one Try again that fetches every missing part; elsewhere (a view with no
 *   notice region) in place, as above.
 */
export type PartFailure = 'in-place' | 'with-the-page';

/** True where the page says its fetch fault once (app/: around the layout that shows the notice). */
export const FetchFaultSaidOnce = createContext(false);

/**
 * A part of the page that lives in its own chunk. When the chunk cannot be fetched (the network
 * went away before the service worker had it, or a new deploy removed it), the part says so as
 * `failure` chooses, and the rest of the page keeps working: never the whole-page error.
 *
 * React.lazy remembers a failed load for good, so Try again swaps in a fresh lazy component; the
 * swap is shared by every place the part is shown.
 */
export function lazyPart<P extends object>(load: Loader<P>, failure: PartFailure = 'in-place'): LazyPart<P> {
  const { lazyLoad, preload } = rememberingLoader(load);
  let current = lazy(lazyLoad);
  let version = 0;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const retry = () => {
    current = lazy(lazyLoad);
    version += 1;
    for (const listener of listeners) listener();
  };
  // The page's Try again: the code first, then the part drawn afresh with it (at once: it is in).
  const refetch = () => preload().then(retry);
  const reportMissing = failure === 'with-the-page' ? () => reportFetchFailure(refetch) : null;

  function LazyPart({ fallback = null, ...props }: P & { readonly fallback?: ReactNode }) {
    const read = () => version;
    // The prerender (react-dom/static) renders parts too; no retry can have happened there.
    const seen = useSyncExternalStore(subscribe, read, read);
    const Part = current;
    return (
      <PartBoundary key={seen} onRetry={retry} reportMissing={reportMissing}>
        <Suspense fallback={fallback}>
          <Part {...(props as unknown as P & { key?: never })} />
        </Suspense>
      </PartBoundary>
    );
  }
  return Object.assign(LazyPart, { preload });
}

interface BoundaryProps {
  readonly onRetry: () => void;
  /** For a part that fails with the page: joins the page's one fetch fault instead of saying so here. */
  readonly reportMissing: (() => void) | null;
  readonly children: ReactNode;
}

class PartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  static override contextType = FetchFaultSaidOnce;
  declare context: boolean;
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private saidByThePage(): boolean {
    return this.context && this.props.reportMissing !== null;
  }

  override componentDidCatch(error: unknown): void {
    console.error('A part of the page could not be loaded', error);
    if (this.saidByThePage()) this.props.reportMissing?.();
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.saidByThePage() ? null : <PartFailed onRetry={this.props.onRetry} />;
  }
}

function PartFailed({ onRetry }: { readonly onRetry: () => void }) {
  const { t } = useT();
  return (
    <div className="part-failed" role="alert">
      <p>{t('error.part.body')}</p>
      <button type="button" className="command" onClick={onRetry}>
        {t('error.part.retry')}
      </button>
    </div>
  );
}
