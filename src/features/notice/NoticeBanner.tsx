import { useEffect, useState } from 'react';
import { useSim, useSimActions } from '../../store';
import { useT } from '../../i18n/useT';
import './notice.css';

/**
 * A short message about something the app did on the user's behalf (e.g. a damaged link was
 * replaced by the default view). role="status": announced politely, never steals focus.
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
      {ready && notice && (
        <div className="notice">
          <span className="notice__icon" aria-hidden="true">
            ⓘ
          </span>
          <p className="notice__text">{t(notice.key, notice.params)}</p>
          <button type="button" className="notice__dismiss" onClick={dismissNotice}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
