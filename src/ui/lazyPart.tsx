import { Component, lazy, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
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
  let arrived: Module<P> | undefined;
  let pending: Promise<Module<P>> | undefined;
  const fetchOnce = (): Promise<Module<P>> => {
    pending ??= load().then(
      (module) => (arrived = module),
      (error: unknown) => {
        pending = undefined; // a later call (Retry) fetches again
        throw error;
      },
    );
    return pending;
  };
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
    lazyLoad: () => (arrived ? settled(arrived) : fetchOnce()),
    preload: () => fetchOnce().then(() => undefined),
  };
}

/**
 * A part of the page that lives in its own chunk (a dialog, the sandbox's workbench). When the
 * chunk cannot be fetched (the network went away before the service worker had it, or a new
 * deploy removed it), the part says so where it would have been, with a Retry button, and the
 * rest of the page keeps working: never the whole-page error.
 *
 * React.lazy remembers a failed load for good, so Retry swaps in a fresh lazy component; the
 * swap is shared by every place the part is shown.
 */
export function lazyPart<P extends object>(load: Loader<P>): LazyPart<P> {
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

  function LazyPart({ fallback = null, ...props }: P & { readonly fallback?: ReactNode }) {
    const read = () => version;
    // The prerender (react-dom/static) renders parts too; no retry can have happened there.
    const seen = useSyncExternalStore(subscribe, read, read);
    const Part = current;
    return (
      <PartBoundary key={seen} onRetry={retry}>
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
  readonly children: ReactNode;
}

class PartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('A part of the page could not be loaded', error);
  }

  override render() {
    return this.state.failed ? <PartFailed onRetry={this.props.onRetry} /> : this.props.children;
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
