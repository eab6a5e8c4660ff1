/** The sandbox's working part, loaded only when the sandbox is opened (first-paint budget). */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { DEFAULT_DELAY_MS, SANDBOX_SEND_BYTES, type ForkNote, type SandboxOutcome } from '../../sandbox';
import { selectTrace, useSim, useSimActions, useSimStore, useTrace } from '../../store';
import { CallPads } from './CallPads';
import { CallResultCard } from './CallResultCard';
import { NetworkControls } from './NetworkControls';
import { outcomeText, visibleMessage } from './sandboxText';
import { SessionHistory } from './SessionHistory';
import { SessionTools } from './SessionTools';
import { useSandboxShortcuts } from './useSandboxShortcuts';
import './sandbox.css';

export default function SandboxWorkbench() {
  const { t } = useT();
  const store = useSimStore();
  const legendId = useId();
  const [announcement, announce] = usePoliteAnnouncer();
  // The outcome, not its words: the line under the calls is reworded as the learner steps on.
  const [shown, setShown] = useState<SandboxOutcome | null>(null);
  const trace = useTrace();
  const cursor = useSim((s) => s.cursor);
  const message = shown ? visibleMessage(shown, trace, cursor, t) : '';
  const [callout, setCallout] = useState<ForkNote | null>(null);
  const [delayMs, setDelayMs] = useState(DEFAULT_DELAY_MS);
  const { undoSandbox } = useSimActions();

  const report = useCallback(
    (outcome: SandboxOutcome) => {
      const trace = selectTrace(store.getState());
      const text = outcomeText(outcome, trace, t);
      setShown(outcome);
      if ((outcome.kind === 'call' || outcome.kind === 'fate') && outcome.fork.firstTime) setCallout(outcome.fork);
      announce(text);
    },
    [store, t, announce],
  );
  useSandboxShortcuts(report, delayMs);

  // Feedback sits right under the buttons, so the result of a click is in view without scrolling;
  // the notes about the buttons come after it.
  return (
    <>
      <p className="sandbox__intro">{t('sandbox.intro')}</p>
      <section className="sandbox__calls-section" aria-labelledby={`${legendId}-title`}>
        <h3 id={`${legendId}-title`} className="sandbox__subtitle">
          {t('sandbox.calls.title')}
        </h3>
        <CallPads onOutcome={report} legendId={legendId} />
        {callout && (
          <ForkCallout
            fork={callout}
            onUndo={() => {
              report(undoSandbox());
              setCallout(null);
            }}
            onDismiss={() => setCallout(null)}
          />
        )}
        {message && (
          <p className="sandbox__message" data-testid="sandbox-message">
            {message}
          </p>
        )}
        <CallResultCard />
        <ForkWarning />
        <p id={legendId} className="sandbox__muted sandbox__legend">
          {t('sandbox.calls.legend', { bytes: SANDBOX_SEND_BYTES })} {t('sockets.calls.legend')}
        </p>
      </section>
      <NetworkControls onOutcome={report} delayMs={delayMs} onDelayChange={setDelayMs} />
      <SessionTools onOutcome={report} />
      <SessionHistory />
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="sandbox-announcer">
        {announcement}
      </div>
    </>
  );
}

/**
 * The words for a polite live region, and what sets them. The region is emptied first and filled a
 * frame later, so the same words twice (pressing Drop twice) are announced twice.
 */
function usePoliteAnnouncer(): [string, (text: string) => void] {
  const [announcement, setAnnouncement] = useState('');
  const frame = useRef(0);
  const announce = useCallback((text: string) => {
    setAnnouncement('');
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setAnnouncement(text));
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return [announcement, announce];
}

/** Says where a call made now lands, and warns when that replaces later calls or fates. */
function ForkWarning() {
  const { t } = useT();
  const cursor = useSim((s) => s.cursor);
  const hasLater = useSim(
    (s) => s.sandbox.actions.some((a) => a.afterStep >= s.cursor) || s.sandbox.fates.some((f) => f.atStep > s.cursor),
  );
  return (
    <p className={`sandbox__at${hasLater ? ' sandbox__at--fork' : ''}`}>
      {hasLater ? t('sandbox.calls.atFork', { k: cursor + 1, c: cursor }) : t('sandbox.calls.at', { k: cursor + 1 })}
    </p>
  );
}

/** The first time the learner changes a past they had watched, in full; later, a line in the status. */
function ForkCallout({ fork, onUndo, onDismiss }: { fork: ForkNote; onUndo: () => void; onDismiss: () => void }) {
  const { t } = useT();
  return (
    <div className="sandbox__callout" data-testid="sandbox-fork-callout">
      <p className="sandbox__callout-title">
        <span aria-hidden="true">↺ </span>
        <strong>{t('sandbox.fork.first')}</strong>
      </p>
      <p>{t('sandbox.fork.firstDetail', { k: fork.atStep })}</p>
      {fork.removed > 0 && <p>{t('sandbox.fork.removed', { n: fork.removed })}</p>}
      <div className="sandbox__callout-actions">
        <button type="button" className="command" onClick={onUndo}>
          {t('sandbox.undo')}
        </button>
        <button type="button" className="command" onClick={onDismiss}>
          {t('sandbox.fork.dismiss')}
        </button>
      </div>
    </div>
  );
}
