import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { fetchFault, retryFailedFetches, subscribeFetchFault, useSim, useSimActions, type FetchFault } from '../../store';
import { useT } from '../../i18n/useT';
import './notice.css';

/**
 * A short message about something the app did on the user's behalf (e.g. a damaged link was
 * replaced by the default view), and the page's one fetch fault: when part of its code could not
 * be fetched, said once here with one Try again, however many panels it took (store/fetchFault.ts).
 * role="status": announced politely, never steals focus.
 */
export function NoticeBanner() {
  const { t } = useT();
  const notice = useSim((s) => s.notice);
  const { dismissNotice } = useSimActions();
  // Screen readers ignore what a live region holds when it appears, so a notice present at load
  // (a damaged link) is rendered one tick after the empty region.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="notice-region" role="status">
      {ready && <FetchFaultNotice />}
      {ready && notice && (
        <div className="notice">
          <span className="notice__icon" aria-hidden="true">
            ⓘ
          </span>
          <p className="notice__text">{t(notice.key, notice.params)}</p>
          <button
            type="button"
            className="notice__dismiss"
            onClick={() => {
              // The button goes with the notice: the keyboard goes where the step keys work.
              focusPlaybackControls();
              dismissNotice();
            }}
          >
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * The playback controls (app/ gives them this id and tabIndex -1): where the keyboard goes when the
 * button it was on goes away (Dismiss, or Try again because everything arrived), so a keyboard
 * user is not dropped to the top of the page and the step keys work at once (WCAG 2.4.3).
 */
const focusPlaybackControls = (): void => document.getElementById('playback-controls')?.focus();

function tryAgain(button: HTMLButtonElement): void {
  void retryFailedFetches().then(() => {
    if (fetchFault() !== 'none') return;
    const focus = document.activeElement;
    // Only the focus the button held: if the reader has moved on meanwhile, leave it there.
    if (focus === button || focus === null || focus === document.body) focusPlaybackControls();
  });
}

const FAULT_TEXT = { missing: 'notice.partsUnavailable', 'still-missing': 'notice.partsStillUnavailable' } as const;
const noFault = (): FetchFault => 'none';

/**
 * Not dismissable: while it lasts, it is what explains the panels that are missing. Brought into
 * view when it comes: a phone opening a link at a later step has scrolled the diagram to the top,
 * past this notice, and without it the reader sees only an empty frame.
 */
function FetchFaultNotice() {
  const { t } = useT();
  const fault = useSyncExternalStore(subscribeFetchFault, fetchFault, noFault);
  const notice = useRef<HTMLDivElement>(null);
  const shown = fault !== 'none';
  useEffect(() => {
    if (shown) notice.current?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  if (!shown) return null;
  return (
    <div className="notice" ref={notice}>
      <span className="notice__icon" aria-hidden="true">
        ⚠
      </span>
      <p className="notice__text">{t(FAULT_TEXT[fault])}</p>
      <button type="button" className="command" onClick={(event) => tryAgain(event.currentTarget)}>
        {t('error.part.retry')}
      </button>
    </div>
  );
}
