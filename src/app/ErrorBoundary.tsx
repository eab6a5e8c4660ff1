import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

function ErrorMessage() {
  const { t } = useT();
  return (
    <div className="error-page" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="command command--primary" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}

interface State {
  readonly failed: boolean;
}

/** A render error shows a friendly, translated page instead of a blank one. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Keep the details for whoever opens the console; the page shows plain words.
    console.error('TCP Handshake Lab crashed while rendering', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <ErrorMessage /> : this.props.children;
  }
}
