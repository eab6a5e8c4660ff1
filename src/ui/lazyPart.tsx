import { Component, lazy, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import './lazyPart.css';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

/**
 * A part of the page that lives in its own chunk (a dialog, the sandbox's workbench). When the
 * chunk cannot be fetched (the network went away before the service worker had it, or a new
 * deploy removed it), the part says so where it would have been, with a Retry button, and the
 * rest of the page keeps working: never the whole-page error.
 *
 * React.lazy remembers a failed load for good, so Retry swaps in a fresh lazy component; the
 * swap is shared by every place the part is shown.
 */
export function lazyPart<P extends object>(load: Loader<P>): ComponentType<P & { readonly fallback?: ReactNode }> {
  let current = lazy(load);
  let version = 0;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const retry = () => {
    current = lazy(load);
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
  return LazyPart;
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
